/**
 * Our style sheets: the ::highlight rules in the page, the card's rules in its shadow root;
 * replaceable and removable.
 *
 * Preferred: a constructed sheet in adoptedStyleSheets — no element is added to the page, and no
 * page CSP applies. Firefox 140 (the ESR Debian ships) refuses adoptedStyleSheets to content
 * scripts ("Accessing from Xray wrapper is not supported"), so there the rules go into a <style>
 * element: at the end of <head> for the page (it adds no box and no text, and our observer never
 * watches <head>), inside the shadow root for the card.
 */
export interface PageStyle {
  set(css: string): void;
  remove(): void;
}

type Target = Document | ShadowRoot;

function adoptedSheet(target: Target): PageStyle {
  const sheet = new CSSStyleSheet();
  // Read by index: a Firefox content script's view of the page's ObservableArray is not iterable.
  const current = (): CSSStyleSheet[] => {
    const list = target.adoptedStyleSheets;
    const out: CSSStyleSheet[] = [];
    for (let i = 0; i < list.length; i++) out.push(list[i]!);
    return out;
  };
  target.adoptedStyleSheets = [...current(), sheet];
  return {
    set: (css) => sheet.replaceSync(css),
    remove: () => { target.adoptedStyleSheets = current().filter((s) => s !== sheet); },
  };
}

function styleElement(target: Target): PageStyle {
  const doc = target instanceof Document ? target : target.ownerDocument;
  const el = doc.createElement('style');
  el.dataset['backstory'] = '';
  if (target instanceof Document) (target.head ?? target.documentElement).append(el);
  else target.prepend(el);
  return {
    set: (css) => { el.textContent = css; },
    remove: () => el.remove(),
  };
}

export function attachPageStyle(target: Target, css: string): PageStyle {
  let style: PageStyle;
  try {
    style = adoptedSheet(target);
  } catch {
    style = styleElement(target);
  }
  style.set(css);
  return style;
}
