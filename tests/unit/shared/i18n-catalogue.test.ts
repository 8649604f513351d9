/**
 * The catalogue is the only source of text a user reads: the popup, options page and card word
 * everything through t() (src/shared/i18n.ts), so a translation is one new _locales/<lang> file.
 * These tests parse the UI sources with the TypeScript compiler and fail on a user-visible literal,
 * on a key that is used but missing, on a key nobody uses, and on a malformed catalogue entry.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { english, fill } from '../../../src/ui/catalogue.ts';

interface Entry { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> }
const LOCALES = 'public/_locales';
const catalogue = JSON.parse(readFileSync(join(LOCALES, 'en/messages.json'), 'utf8')) as Record<string, Entry>;

/** Folders whose every .ts/.tsx file is user interface. */
const UI_DIRS = ['src/popup', 'src/options', 'src/ui'];
/** UI files that hold no text for people: the card's style sheet is CSS. */
const NOT_TEXT = new Set(['src/ui/card-styles.ts']);
/** JSX attributes a user reads or hears (screen readers read the aria-* ones). */
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'title', 'alt', 'label']);
/** Object properties that carry display text (fact labels and values, status messages). */
const DISPLAY_PROPERTIES = new Set(['label', 'value', 'text', 'title', 'message', 'description', 'placeholder', 'status']);
/** Literals with letters that are allowed anyway (none today: symbols such as ×, →, · have no letters and pass). */
const ALLOWED = new Set<string>([]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => { const p = join(dir, f); return statSync(p).isDirectory() ? files(p) : [p]; });
}
const sourceFiles = (dirs: string[]) => dirs.flatMap(files).filter((f) => /\.tsx?$/.test(f) && !/\.d\.ts$/.test(f)).map((f) => relative('.', f).replace(/\\/g, '/')).sort();
const parse = (path: string, text = readFileSync(path, 'utf8')) =>
  ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

const hasLetters = (s: string) => /\p{L}/u.test(s) && !ALLOWED.has(s.trim());
/** Two words in a row: a phrase, wherever it appears (e.g. a label kept in a lookup table). */
const looksLikePhrase = (s: string) => /\p{L}{2,}[,;:.!?]?\s+\p{L}{2,}/u.test(s) && !ALLOWED.has(s.trim());

/** The literal text pieces an expression may display: string and template literals, through ?:, &&, ||, ??, + and parentheses (not into calls: t('key') is the point). */
function displayedLiterals(node: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) return [node.head, ...node.templateSpans.flatMap((s) => [s.literal, ...displayedLiterals(s.expression)])];
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node) || ts.isSatisfiesExpression(node)) return displayedLiterals(node.expression);
  if (ts.isConditionalExpression(node)) return [...displayedLiterals(node.whenTrue), ...displayedLiterals(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return displayedLiterals(node.right);
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.PlusToken) return [...displayedLiterals(node.left), ...displayedLiterals(node.right)];
  }
  if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap((e) => (ts.isSpreadElement(e) ? [] : displayedLiterals(e)));
  return [];
}

const literalText = (n: ts.Node) => (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateLiteralToken(n) ? n.text : ts.isJsxText(n) ? n.text : '');
const attributeName = (a: ts.JsxAttribute) => a.name.getText();

/** Every user-visible literal in one source file, as "path:line: text". */
function userVisibleLiterals(path: string, text?: string): string[] {
  const sf = parse(path, text);
  const found = new Map<number, string>();
  const report = (n: ts.Node, why: string) => {
    const s = literalText(n).replace(/\s+/g, ' ').trim();
    if (!hasLetters(s)) return;
    const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    if (!found.has(n.getStart(sf))) found.set(n.getStart(sf), `${path}:${line}: ${JSON.stringify(s)} (${why})`);
  };
  const visit = (node: ts.Node): void => {
    // Module specifiers are paths, not text.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isImportTypeNode(node)) return;
    if (ts.isJsxText(node)) report(node, 'JSX text');
    else if (ts.isJsxAttribute(node)) {
      const visible = VISIBLE_ATTRIBUTES.has(attributeName(node));
      const init = node.initializer;
      if (visible && init && ts.isStringLiteral(init)) report(init, `${attributeName(node)} attribute`);
      else if (visible && init && ts.isJsxExpression(init) && init.expression) for (const l of displayedLiterals(init.expression)) report(l, `${attributeName(node)} attribute`);
      // Other attributes (class, href, rel, type…) are not read by people: skip their literals.
      if (!visible) return;
    } else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const l of displayedLiterals(node.expression)) report(l, 'JSX child');
    } else if (ts.isPropertyAssignment(node) && DISPLAY_PROPERTIES.has(node.name.getText(sf))) {
      for (const l of displayedLiterals(node.initializer)) report(l, `"${node.name.getText(sf)}" property`);
    } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) && looksLikePhrase(node.text)) {
      report(node, 'phrase');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return [...found.values()];
}

describe('user-visible text comes from the catalogue', () => {
  const uiFiles = sourceFiles(UI_DIRS).filter((f) => !NOT_TEXT.has(f));

  test('no literal text in the popup, options page or card', () => {
    expect(uiFiles.length).toBeGreaterThan(8);
    expect(uiFiles.flatMap((f) => userVisibleLiterals(f))).toEqual([]);
  });

  test('the check itself catches literals and lets keys, symbols and class names through', () => {
    const bad = `
      const x = <div>
        <p>Hello there</p>
        <input placeholder="Type a name" aria-label={on ? 'Open' : t('close')} />
        <svg aria-label={\`Map: \${name}\`} />
        {count > 0 && 'mentions'}
        {n} ms
      </div>;
      const fact = { label: 'Born', value: \`\${n} km\` };
      const STYLES = [['underline', 'Dotted underline']];
    `;
    const hits = userVisibleLiterals('fixture.tsx', bad).map((h) => JSON.parse(h.replace(/^.*?: (".*") \(.*$/, '$1')) as string);
    expect(hits).toEqual(['Hello there', 'Type a name', 'Open', 'Map:', 'mentions', 'ms', 'Born', 'km', 'Dotted underline']);
    const good = `
      const y = <section class={\`card kind-\${k}\`} role="dialog" aria-labelledby="title">
        <button type="button" aria-label={t('close')}>×</button> ← {t('back')}
        <span>{t('asOf', date)} · {t('source', name)}</span>{sub ? \` · \${sub}\` : ''}
        <a href="https://en.wikipedia.org/wiki/x" rel="noopener noreferrer">{t('wikipedia')}</a>
      </section>;
      const fact = { label: tr('factBorn'), value: [a, b].filter(Boolean).join(', ') };
      import('./x.ts');
    `;
    expect(userVisibleLiterals('fixture.tsx', good)).toEqual([]);
  });
});

/** Source files that word things through the catalogue: the UI folders and any file importing i18n.ts or catalogue.ts. */
function translatingFiles(): string[] {
  return sourceFiles(['src']).filter((f) => UI_DIRS.some((d) => f.startsWith(d + '/')) || /from '[./]*\/(shared\/i18n|ui\/catalogue)\.ts'/.test(readFileSync(f, 'utf8')));
}

/** String literals that name a catalogue key, and the literal first arguments of t()/tr()/english(). */
function keyUses(): { literals: Set<string>; calls: { key: string; where: string }[] } {
  const literals = new Set<string>();
  const calls: { key: string; where: string }[] = [];
  for (const f of translatingFiles()) {
    const sf = parse(f);
    const visit = (node: ts.Node): void => {
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && Object.hasOwn(catalogue, node.text)) literals.add(node.text);
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && ['t', 'tr', 'english'].includes(node.expression.text)) {
        const [first] = node.arguments;
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
          calls.push({ key: first.text, where: `${f}:${sf.getLineAndCharacterOfPosition(first.getStart(sf)).line + 1}` });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { literals, calls };
}

const manifestKeys = () => [...readFileSync('manifest.config.ts', 'utf8').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);

describe('keys', () => {
  test('every t() key used in the code exists in the English catalogue', () => {
    const { calls } = keyUses();
    expect(calls.filter((c) => !Object.hasOwn(catalogue, c.key)).map((c) => `${c.where}: ${c.key}`)).toEqual([]);
    expect(calls.length).toBeGreaterThan(50);
  });

  test('every __MSG_ key in the manifest exists in the catalogue', () => {
    const keys = manifestKeys();
    expect(keys).toEqual(expect.arrayContaining(['extName', 'extDescription', 'actionTitle', 'commandNextMention']));
    expect(keys.filter((k) => !Object.hasOwn(catalogue, k))).toEqual([]);
  });

  test('the catalogue has no unused keys', () => {
    const used = new Set([...keyUses().literals, ...manifestKeys()]);
    expect(Object.keys(catalogue).filter((k) => !used.has(k))).toEqual([]);
  });
});

describe('catalogue entries', () => {
  test('every entry has a message and a description for translators', () => {
    const bad = Object.entries(catalogue).filter(([, e]) => typeof e.message !== 'string' || !e.message || !e.description || e.description.length < 8);
    expect(bad.map(([k]) => k)).toEqual([]);
  });

  test('keys are valid for chrome.i18n (letters, digits, underscore)', () => {
    expect(Object.keys(catalogue).filter((k) => !/^[A-Za-z0-9_]+$/.test(k) || k.startsWith('@@'))).toEqual([]);
  });

  test('every $PLACEHOLDER$ in a message is declared, every declared one is used, with $1…$n in order and an example', () => {
    const problems: string[] = [];
    for (const [key, e] of Object.entries(catalogue)) {
      const inMessage = [...e.message.matchAll(/\$(\w+)\$/g)].map((m) => m[1]!.toLowerCase());
      const declared = Object.keys(e.placeholders ?? {});
      for (const p of inMessage) if (!declared.includes(p)) problems.push(`${key}: $${p}$ not declared`);
      for (const p of declared) if (!inMessage.includes(p)) problems.push(`${key}: placeholder ${p} unused`);
      const contents = Object.values(e.placeholders ?? {}).map((p) => p.content).sort();
      if (contents.join() !== declared.map((_, i) => `$${i + 1}`).join()) problems.push(`${key}: placeholder contents ${contents.join()} are not $1…$${declared.length}`);
      for (const [p, v] of Object.entries(e.placeholders ?? {})) if (!v.example) problems.push(`${key}: placeholder ${p} lacks an example`);
    }
    expect(problems).toEqual([]);
  });

  test('other locales translate only keys that exist, with the same placeholders', () => {
    const problems: string[] = [];
    for (const lang of readdirSync(LOCALES).filter((l) => l !== 'en' && existsSync(join(LOCALES, l, 'messages.json')))) {
      const other = JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Record<string, Entry>;
      for (const [key, e] of Object.entries(other)) {
        if (!catalogue[key]) problems.push(`${lang}: ${key} is not in the English catalogue`);
        else if (Object.keys(e.placeholders ?? {}).sort().join() !== Object.keys(catalogue[key].placeholders ?? {}).sort().join()) problems.push(`${lang}: ${key} placeholders differ`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the English fallback fills messages as chrome.i18n does', () => {
  test('named placeholders, in any order, from $1…$n', () => {
    expect(english('mentionCount', 3)).toBe('3 mentions');
    expect(english('packTooBig', 'a.json', '31.2', 20)).toBe('a.json: 31.2 MB is over the 20 MB limit.');
    expect(fill({ message: '$B$ then $A$ ($$5)', placeholders: { a: { content: '$1' }, b: { content: '$2' } } }, ['one', 'two'])).toBe('two then one ($5)');
    expect(english('popupTitle')).toBe('Backstory');
  });
});
