/**
 * Paints mentions with the CSS Custom Highlight API: one highlight per kind, named
 * backstory-<kind>. No page text node is split, wrapped or changed, and text decoration never
 * moves a box. The look (underline, soft background, none) is one style sheet (page-style.ts) that
 * settings can swap without touching the ranges.
 */
import type { Kind } from '../data/schema.ts';
import { KINDS } from '../data/kinds.ts';
import type { Settings } from '../shared/settings.ts';
import { attachPageStyle, type PageStyle } from './page-style.ts';

export const HIGHLIGHT_NAMES: Record<Kind, string> = {
  person: 'backstory-person',
  place: 'backstory-place',
  organization: 'backstory-organization',
  event: 'backstory-event',
};
/** One mid-tone per kind: legible as an underline on white and on near-black pages alike. */
export const KIND_COLOURS: Record<Kind, string> = {
  person: '#e8590c',
  place: '#1c7ed6',
  organization: '#2b9a66',
  event: '#ae3ec9',
};

export function highlightApiAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function css(style: Settings['style']): string {
  if (style === 'off') return '';
  return KINDS.map((k) => {
    const c = KIND_COLOURS[k];
    const rule = style === 'background'
      ? `background-color: color-mix(in srgb, ${c} 18%, transparent);`
      : `text-decoration: underline dotted ${c}; text-decoration-thickness: 2px;`;
    return `::highlight(${HIGHLIGHT_NAMES[k]}) { ${rule} }`;
  }).join('\n');
}

const FLASH_CSS = '\n::highlight(backstory-flash) { background-color: #ffd43b; color: #000; }';

export class Painter {
  private readonly highlights = new Map<Kind, Highlight>();
  private sheet: PageStyle | null = null;

  constructor(private readonly doc: Document) {}

  /** Registers the highlights and the style sheet. */
  start(style: Settings['style']): void {
    for (const k of KINDS) {
      const h = new Highlight();
      h.priority = -1; // below the page's own highlights and the selection
      this.highlights.set(k, h);
      CSS.highlights.set(HIGHLIGHT_NAMES[k], h);
    }
    this.style = style;
    this.sheet = attachPageStyle(this.doc, css(style));
  }

  private style: Settings['style'] = 'underline';
  private flashing = false;

  setStyle(style: Settings['style']): void {
    this.style = style;
    this.sheet?.set(css(style) + (this.flashing ? FLASH_CSS : ''));
  }

  /** Turns on the rule for the short "here it is" flash the popup's "show on page" asks for. */
  flashStyle(on: boolean): void {
    this.flashing = on;
    this.setStyle(this.style);
  }

  add(kind: Kind, range: AbstractRange): void {
    this.highlights.get(kind)?.add(range);
  }

  delete(kind: Kind, range: AbstractRange): void {
    this.highlights.get(kind)?.delete(range);
  }

  /** Removes every mark and our style sheet: the page is as it was. */
  stop(): void {
    for (const k of KINDS) {
      const h = this.highlights.get(k);
      if (h && CSS.highlights.get(HIGHLIGHT_NAMES[k]) === h) CSS.highlights.delete(HIGHLIGHT_NAMES[k]);
    }
    this.highlights.clear();
    this.sheet?.remove();
    this.sheet = null;
  }
}
