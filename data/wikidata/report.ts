/**
 * Counting what the pack builder did: entities read and written, entities skipped by reason, facts
 * left out by reason, and the first few problems with their line numbers. The CLI prints it as the
 * summary on stderr.
 */

export class Tally {
  readonly counts = new Map<string, number>();
  add(key: string, n = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }
  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }
  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }
  /** Entries by count, largest first. */
  top(limit = Infinity): [string, number][] {
    return [...this.counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
  }
}

/** Why an entity was not written. */
export const SKIP_REASONS = {
  'malformed': 'malformed input (not JSON, or not an entity)',
  'not-item': 'not an item (property or lexeme)',
  'no-label': 'no English label',
  'no-class': 'no "instance of" (P31)',
  'unknown-class': '"instance of" not in the class table',
  'duplicate': 'duplicate Q-id in the input',
  'invalid': 'failed schema validation',
} as const;
export type SkipReason = keyof typeof SKIP_REASONS;

export class Report {
  /** Entities (dump lines or SPARQL items) read. */
  read = 0;
  written = 0;
  readonly skipped = new Tally();
  /** Facts or fields left out, by reason ("population without a date"…). */
  readonly omitted = new Tally();
  /** Classes of entities skipped for an unknown class: shows which rows the class table lacks. */
  readonly unknownClasses = new Tally();
  /** Ids changed because another entity already had the Wikipedia slug. */
  idCollisions = 0;
  /** One-line problems with their location ("input.json:12: not valid JSON …"), the first few kept. */
  readonly problems: string[] = [];
  problemCount = 0;
  readonly maxProblems: number;

  constructor(maxProblems = 20) {
    this.maxProblems = maxProblems;
  }

  skip(reason: SkipReason): void {
    this.skipped.add(reason);
  }

  problem(message: string): void {
    this.problemCount++;
    if (this.problems.length < this.maxProblems) this.problems.push(message);
  }

  /** The summary printed on stderr, several lines. */
  summary(labels: ReadonlyMap<string, string> = new Map()): string {
    const lines = [`Read ${this.read} entities, wrote ${this.written}, skipped ${this.skipped.total()}.`];
    for (const [reason, n] of this.skipped.top()) {
      lines.push(`  skipped ${n}: ${SKIP_REASONS[reason as SkipReason] ?? reason}`);
      if (reason === 'unknown-class' && this.unknownClasses.counts.size) {
        const classes = this.unknownClasses.top(8).map(([q, c]) => `${q}${labels.has(q) ? ` (${labels.get(q)})` : ''} ×${c}`);
        lines.push(`    most common classes: ${classes.join(', ')} — use --default-kind to keep them`);
      }
    }
    if (this.idCollisions) lines.push(`  ${this.idCollisions} id(s) fell back to "wd:q…" because another entity had the same Wikipedia slug`);
    for (const [reason, n] of this.omitted.top()) lines.push(`  left out ${n}: ${reason}`);
    return lines.join('\n');
  }
}
