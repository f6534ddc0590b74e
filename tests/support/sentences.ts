/**
 * Finds user-visible French or English text written in code: string
 * literals, template text and markup text of `.ts`, `.mjs` and `.astro`
 * files. Interface words belong in src/i18n/<locale>/ and teaching text in
 * content/; tests/unit/hard-coded-strings.test.ts runs this over src/ and
 * scripts/ and expects nothing.
 *
 * What counts as a sentence: two or more words separated by spaces, at least
 * one of them a common French or English word ("the", "de", "votre"…) and
 * one a longer word, or any text with French accents between letters.
 * Developers' messages (thrown errors, console output) and markup that is
 * not text (class names, URLs, ids) are skipped.
 *
 * @example findSentences('const a = "Read the chapter";', 'x.ts')
 *   // [{ file: 'x.ts', line: 1, text: 'Read the chapter' }]
 */
import ts from 'typescript';
import { parse } from '@astrojs/compiler-rs';

export interface Finding { file: string; line: number; text: string }

const STOP = new Set(
  (
    'the a an of to in and or for with on at by from is are was be this that it its your you our we not no as their has have ' +
    'each every all one per into what how which who can will than if then there these those more most only also do does ' +
    'le la les l un une des de du d et ou à au aux en pour par sur dans avec est sont ce cette ces qui que qu ne pas vous ' +
    'votre vos nous notre son sa ses leur leurs chaque tout tous toute plus se s il elle ils on y'
  ).split(' '),
);
const WORD = /[A-Za-zÀ-ÖØ-öø-ÿŒœ]+(?:[’'][A-Za-zÀ-ÖØ-öø-ÿŒœ]+)*/g;

/** True when `s` reads as a phrase of French or English. */
export function isSentence(raw: string): boolean {
  const s = raw.replace(/\{[\w.]+\}|\$\{[^}]*\}|&#?\w+;|https?:\/\/\S+/g, ' ').trim();
  // A list of class names or ids ('notice mod-note no-print'): lower-case tokens, one hyphenated at least.
  const tokens = s.split(/\s+/);
  if (tokens.every((t) => /^[a-z0-9-]+$/.test(t)) && tokens.some((t) => t.includes('-'))) return false;
  if (!/[A-Za-zÀ-ÿ]{2,}[ \u00a0\u202f]+\S*[A-Za-zÀ-ÿ]/.test(s)) return false;
  const words = s.split(/[ \u00a0\u202f]+/).flatMap((w) => w.match(WORD) ?? []);
  if (words.length < 2) return false;
  const lower = words.map((w) => w.toLowerCase().replace(/[’'].*$/, ''));
  const stop = lower.some((w) => STOP.has(w));
  const long = lower.some((w) => w.length >= 3 && !STOP.has(w));
  const french = /[a-zà-ÿ][àâäçéèêëîïôöûùüÿœ’][a-zà-ÿ]|[’][a-zàâéèêîôû]/i.test(s);
  return long && (stop || french);
}

// Attributes whose value is never shown to a reader.
const CODE_ATTRS = /^(class|id|href|src|srcset|rel|type|name|for|media|method|action|style|role|slot|lang|hreflang|autocomplete|inputmode|pattern|d|viewBox|fill|stroke|transform|points|dir|charset|http-equiv|property|is:.*|set:.*|client:.*|data-[\w-]+)$/;
// Calls whose string arguments are for developers.
const DEV_CALL = /^(console\.\w+|\w*Error|super|require|import|fail|expect|describe|it|test)$|^(logger|log|this\.logger)\.\w+$|\.(info|warn|debug)$/;
// Properties that hold a developer's message (Zod's { error }, an Error-like { message }).
const DEV_PROP = new Set(['error', 'message']);

function tsFindings(file: string, code: string, offsetLine = 0): Finding[] {
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Finding[] = [];
  const devContext = (n: ts.Node): boolean => {
    for (let p: ts.Node | undefined = n.parent; p; p = p.parent) {
      if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isLiteralTypeNode(p) || ts.isThrowStatement(p)) return true;
      if (ts.isCallExpression(p) || ts.isNewExpression(p)) {
        const name = p.expression.getText(sf);
        if (DEV_CALL.test(name)) return true;
      }
      if (ts.isPropertyAssignment(p) && (p.name === n || DEV_PROP.has(p.name.getText(sf)))) return true;
    }
    return false;
  };
  const visit = (n: ts.Node) => {
    let text: string | undefined;
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) text = n.text;
    else if (ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) text = n.text;
    // Text of a comment in generated code (" * Generated at build time…").
    const comment = text !== undefined && /^\s*(\/\*|\*|\/\/)/.test(text);
    if (text !== undefined && !comment && isSentence(text) && !devContext(n)) {
      out.push({ file, line: offsetLine + sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1, text });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

interface EsNode { type: string; start: number; [k: string]: unknown }

function astroFindings(file: string, code: string): Finding[] {
  const lineOf = (pos: number) => code.slice(0, pos).split('\n').length;
  const out: Finding[] = [];
  // The frontmatter and any <script> are TypeScript: the TS walker, for its context rules.
  const fm = /^---\n([\s\S]*?)\n---/.exec(code);
  if (fm) out.push(...tsFindings(`${file}`, fm[1]!, 1));
  for (const m of code.matchAll(/<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/g)) {
    out.push(...tsFindings(file, m[1]!, lineOf(m.index!) - 1));
  }
  const body = fm ? ' '.repeat(fm[0].length) + code.slice(fm[0].length) : code;
  const { ast } = parse(body) as unknown as { ast: EsNode };
  const walk = (n: unknown, attr?: string, inExpr = false): void => {
    if (Array.isArray(n)) return n.forEach((x) => walk(x, attr, inExpr));
    if (!n || typeof n !== 'object') return;
    const node = n as EsNode;
    if (node.type === 'AstroFrontmatter' || node.type === 'JSXComment') return;
    if (node.type === 'JSXElement') {
      const tag = (node.openingElement as { name?: { name?: string } })?.name?.name;
      if (tag === 'script' || tag === 'style') return;
    }
    if (node.type === 'JSXAttribute') {
      const name = (node.name as { name?: string | { name: string } })?.name;
      const an = typeof name === 'string' ? name : (name as { name: string } | undefined)?.name ?? '';
      if (CODE_ATTRS.test(an)) return;
      return walk(node.value, an, inExpr);
    }
    if (node.type === 'CallExpression' || node.type === 'NewExpression') {
      const callee = node.callee as { type: string; name?: string; object?: { name?: string }; property?: { name?: string } };
      const name = callee.type === 'Identifier' ? callee.name : `${callee.object?.name}.${callee.property?.name}`;
      if (name && DEV_CALL.test(name)) return;
    }
    let text: string | undefined;
    if (node.type === 'JSXText') text = node.value as string;
    else if (node.type === 'Literal' && typeof node.value === 'string') text = node.value;
    else if (node.type === 'TemplateElement') text = (node.value as { cooked?: string }).cooked ?? '';
    if (text !== undefined && isSentence(text)) out.push({ file, line: lineOf(node.start), text: text.trim() });
    for (const [k, v] of Object.entries(node)) if (k !== 'type') walk(v, attr, inExpr);
  };
  walk(ast);
  return out;
}

/** The hard-coded phrases of one file (`.ts`, `.mts`, `.mjs`, `.astro`). */
export function findSentences(code: string, file: string): Finding[] {
  return file.endsWith('.astro') ? astroFindings(file, code) : tsFindings(file, code);
}
