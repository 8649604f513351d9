/** The `ahocorasick` package ships no types; the benchmark uses only this much of it. */
declare module 'ahocorasick' {
  export default class AhoCorasick {
    constructor(keywords: string[]);
    search(text: string): Array<[number, string[]]>;
  }
}
