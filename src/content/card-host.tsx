/**
 * The card on the page: Preact inside a shadow root attached to our own host element, with
 * `:host { all: initial }` so no page style reaches it, positioned beside the name by
 * @floating-ui/dom (flip and shift keep it on screen). The host lives outside <body>, is
 * position: fixed and starts empty, so the page's layout never moves.
 */
import { render } from 'preact';
import { computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { Card } from '../ui/Card.tsx';
import { CARD_CSS } from '../ui/card-styles.ts';
import type { CardData } from '../ui/card-data.ts';
import { attachPageStyle } from './page-style.ts';
import { CARD_OFFSET_PX } from './constants.ts';

const HOST_CSS = `:host { all: initial; position: fixed !important; top: 0 !important; left: 0 !important; z-index: 2147483647 !important; display: block !important; }
.wrap { position: fixed; top: 0; left: 0; }
${CARD_CSS}`;

export class CardHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private mount: HTMLDivElement | null = null;
  private anchor: (() => DOMRect | null) | null = null;
  private serial = 0;
  currentId: string | null = null;

  constructor(private readonly doc: Document, private readonly handlers: {
    onPointerEnter(): void; onPointerLeave(): void; onClose(): void; onRelated(id: string): void;
  }) {}

  private ensure(): HTMLDivElement {
    if (this.mount && this.host?.isConnected) return this.mount;
    const host = this.doc.createElement('backstory-card');
    const root = host.attachShadow({ mode: 'open' });
    attachPageStyle(root, HOST_CSS);
    const mount = this.doc.createElement('div');
    mount.className = 'wrap';
    mount.addEventListener('pointerenter', () => this.handlers.onPointerEnter());
    mount.addEventListener('pointerleave', () => this.handlers.onPointerLeave());
    mount.addEventListener('keydown', (e) => { if (e.key === 'Escape') { e.stopPropagation(); this.handlers.onClose(); } });
    root.append(mount);
    this.doc.documentElement.append(host);
    Object.assign(this, { host, root, mount });
    return mount;
  }

  isOpen(): boolean {
    return this.currentId !== null;
  }

  contains(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node));
  }

  /** Shows `data` beside the rectangle `anchor` returns; `focus` moves keyboard focus into the card. */
  async open(data: CardData, anchor: () => DOMRect | null, focus: boolean): Promise<void> {
    const mount = this.ensure();
    const serial = ++this.serial;
    this.currentId = data.entity.id;
    this.anchor = anchor;
    render(<Card data={data} headingId="backstory-card-title" onRelated={(id) => this.handlers.onRelated(id)} onClose={() => this.handlers.onClose()} />, mount);
    await this.position();
    if (serial !== this.serial) return;
    if (focus) {
      // Focus the heading so a screen reader announces the card by its name.
      const heading = mount.querySelector('h2');
      if (heading) { heading.tabIndex = -1; heading.focus({ preventScroll: true }); }
    }
  }

  /** Re-places the card; closes it when its name has scrolled out of view. */
  async position(): Promise<void> {
    const mount = this.mount;
    const rect = this.anchor?.();
    if (!mount || !rect) return;
    const view = this.doc.documentElement;
    if (rect.bottom < 0 || rect.top > view.clientHeight) { this.handlers.onClose(); return; }
    const reference: VirtualElement = { getBoundingClientRect: () => this.anchor?.() ?? rect };
    const { x, y } = await computePosition(reference, mount, {
      strategy: 'fixed', placement: 'bottom-start',
      middleware: [offset(CARD_OFFSET_PX), flip({ padding: 8 }), shift({ padding: 8 })],
    });
    mount.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }

  close(): void {
    this.serial++;
    this.currentId = null;
    this.anchor = null;
    if (this.mount) render(null, this.mount);
  }

  destroy(): void {
    this.close();
    this.host?.remove();
    this.host = this.root = this.mount = null;
  }
}
