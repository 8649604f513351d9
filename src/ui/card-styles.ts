/**
 * The card's style sheet, as a string so the content script can adopt it into its shadow root and
 * the popup can use it as is. Colours follow the system's light/dark preference.
 */
export const CARD_CSS = `
.card { --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --chip: #f0f3f6; --land: #d5dde5; --accent: #1c7ed6;
  box-sizing: border-box; width: 340px; max-width: calc(100vw - 16px); max-height: min(460px, calc(100vh - 16px)); overflow: auto;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0,0,0,.18), 0 1px 3px rgba(0,0,0,.12); padding: 14px 16px 10px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left; }
@media (prefers-color-scheme: dark) {
  .card { --bg: #1e2227; --fg: #e6edf3; --muted: #9ba7b4; --line: #3a424c; --chip: #2a3038; --land: #3a4552; --accent: #4dabf7; }
}
.card.kind-person { --accent: #e8590c; } .card.kind-place { --accent: #1c7ed6; }
.card.kind-organization { --accent: #2b9a66; } .card.kind-event { --accent: #ae3ec9; }
.card header { position: relative; padding-right: 24px; }
.card .kind { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; display: flex; align-items: center; gap: 6px; }
.card .dot { width: 8px; height: 8px; border-radius: 50%; background: var(--accent); display: inline-block; }
.card h2 { font-size: 18px; line-height: 1.25; margin: 2px 0 4px; font-weight: 650; }
.card .close { position: absolute; top: -4px; right: -6px; border: 0; background: none; color: var(--muted); font-size: 20px; line-height: 1; cursor: pointer; padding: 4px 6px; border-radius: 6px; }
.card .close:hover, .card .close:focus-visible { background: var(--chip); color: var(--fg); }
.card .description { margin: 0 0 8px; color: var(--muted); }
.card .summary { margin: 0 0 10px; }
.card .map { display: block; width: 100%; height: 96px; background: color-mix(in srgb, var(--accent) 8%, var(--bg)); border-radius: 6px; margin: 0 0 10px; }
.card .map path { fill: var(--land); stroke: var(--bg); stroke-width: .3; }
.card .map circle { fill: var(--accent); stroke: var(--bg); stroke-width: .6; }
.card .facts { margin: 0 0 10px; display: grid; gap: 3px; }
.card .facts div { display: grid; grid-template-columns: 96px 1fr; gap: 8px; }
.card .facts dt { color: var(--muted); font-size: 13px; } .card .facts dd { margin: 0; }
.card .related h3 { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; margin: 0 0 4px; font-weight: 600; }
.card .related ul { list-style: none; padding: 0; margin: 0 0 10px; display: flex; flex-wrap: wrap; gap: 4px; }
.card .chip { font: inherit; font-size: 13px; border: 1px solid var(--line); background: var(--chip); color: var(--fg); border-radius: 999px; padding: 1px 9px; cursor: pointer; }
.card .chip:hover, .card .chip:focus-visible { border-color: var(--accent); }
.card footer { border-top: 1px solid var(--line); padding-top: 6px; font-size: 12px; color: var(--muted); display: flex; flex-wrap: wrap; justify-content: space-between; gap: 6px; }
.card footer a { color: var(--accent); margin-right: 10px; }
.card :focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
`;
