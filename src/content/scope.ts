/**
 * "Names from the article": where a page has a main article, only its headline and body are
 * marked; navigation, footers, comments, related links and ad slots stay unmarked. Detection
 * follows what reader modes look at, cheapest signal first: schema.org articleBody, a single
 * substantial <article>, the main landmark, then paragraph text density. A page with none of these
 * (a front page, a list) is marked whole.
 */
import { MAX_SCOPE_PARAGRAPHS } from './constants.ts';

/** Minimum characters of paragraph text for a container to count as an article body. */
const MIN_ARTICLE_CHARS = 600;

/** The first paragraphs of a page are enough to tell where its article is. */
function* paragraphs(root: ParentNode | null | undefined): Generator<Element> {
  const list = root?.querySelectorAll('p');
  const n = Math.min(list?.length ?? 0, MAX_SCOPE_PARAGRAPHS);
  for (let i = 0; i < n; i++) yield list![i]!;
}

/** Class or id fragments of page furniture inside an article container. */
const FURNITURE = /(^|[-_\s])(comments?|related|share|sharing|social|promo|advert|ads?|sponsor(ed)?|newsletter|subscribe|sidebar|outbrain|taboola|recirc|most-?read|trending|breadcrumbs?|byline-share|footer|nav|menu|cookie|paywall)([-_\s]|$)/i;
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'form', 'menu', 'menubar', 'toolbar']);
const FURNITURE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'HEADER']);

export interface Scope {
  /** The roots to scan: the article body and, if outside it, the headline. */
  roots: Element[];
  /** True when an article was found; false means the whole page is scanned. */
  article: boolean;
  /** Leaves out furniture inside the roots (always true → skip). */
  exclude: (el: Element) => boolean;
}

function paragraphChars(el: Element): number {
  let n = 0;
  for (const p of paragraphs(el)) n += p.textContent?.length ?? 0;
  return n;
}

/** The element with the most paragraph text under it, counting each paragraph for its parent and half for its grandparent. */
function densest(doc: Document): Element | null {
  const score = new Map<Element, number>();
  for (const p of paragraphs(doc.body)) {
    const len = p.textContent?.trim().length ?? 0;
    if (len < 40) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    score.set(parent, (score.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand) score.set(grand, (score.get(grand) ?? 0) + len / 2);
  }
  let best: Element | null = null, top = 0;
  for (const [el, s] of score) if (s > top) { top = s; best = el; }
  return top >= MIN_ARTICLE_CHARS ? best : null;
}

function findArticle(doc: Document): Element | null {
  const body = doc.querySelector('[itemprop~="articleBody"]');
  if (body && paragraphChars(body) >= MIN_ARTICLE_CHARS / 2) return body.closest('article') ?? body;
  const articles = [...doc.querySelectorAll('article')].map((a) => [a, paragraphChars(a)] as const).filter(([, n]) => n >= MIN_ARTICLE_CHARS);
  if (articles.length === 1) return articles[0]![0];
  if (articles.length > 1) {
    // Several big <article>s: a list of stories (a front page) unless one clearly dominates.
    articles.sort((a, b) => b[1] - a[1]);
    if (articles[0]![1] > 3 * articles[1]![1]) return articles[0]![0];
    return null;
  }
  const dense = densest(doc);
  const main = doc.querySelector('main, [role="main"]');
  if (main && dense && main.contains(dense)) return dense.closest('article') ?? dense;
  return dense;
}

function isFurniture(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.tagName)) {
    // An <article>'s own <header> holds the headline: keep it.
    if (el.tagName === 'HEADER' && el.parentElement?.closest('article')) return false;
    return true;
  }
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role)) return true;
  const cls = typeof el.className === 'string' ? el.className : '';
  return (cls !== '' && FURNITURE.test(cls)) || (el.id !== '' && FURNITURE.test(el.id));
}

export function detectScope(doc: Document, mode: 'article' | 'page'): Scope {
  const whole: Scope = { roots: [doc.body ?? doc.documentElement], article: false, exclude: () => false };
  if (mode === 'page') return whole;
  const article = findArticle(doc);
  if (!article) return whole;
  const roots: Element[] = [];
  const h1 = doc.querySelector('h1');
  if (h1 && !article.contains(h1) && !isFurniture(h1) && !h1.closest('nav, footer, aside')) roots.push(h1);
  roots.push(article);
  return { roots, article: true, exclude: (el) => el !== article && isFurniture(el) };
}
