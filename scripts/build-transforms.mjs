// The transforms the build applies to the sources of @woo-kit/elements before (and after) esbuild,
// in one place: rollup.config.mjs builds with them, and scripts/size.mjs measures each component with
// the same ones, so its "own code" is the code as the drop-in folder ships it.
//
// - dropMessageNotes: the notes for translators (`msg(…, { desc })`) are for the XLIFF files only.
// - minifyCssTemplates: comments and white space out of Lit's css`…` templates.
// - minifyHtmlTemplates: the indentation out of Lit's html`…`/svg`…` templates.
// - internal property names (ending in `_`) shortened with one name table for every chunk.
import { transform } from 'esbuild';
import ts from 'typescript';
import { dropMessageNotes, hasMessageNotes } from './message-notes.mjs';

/** True for a TypeScript source of @woo-kit/elements: the files the template transforms touch. */
export const isElementsSource = (id) => /[\\/]elements[\\/]src[\\/].*\.ts$/.test(id);

/** The text of a css`…` template without comments and needless white space. */
export const minifyCssText = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/: /g, ':') // a space before ':' can matter in a selector (`.a :focus`), one after never does
    .replace(/;}/g, '}')
    .trim();

/**
 * The CSS in Lit's css`…` templates: comments and white space out (esbuild does not minify CSS inside
 * template literals). Interpolations stay as written. `code` unchanged when it has none.
 */
export const minifyCssTemplates = (code) =>
  code.includes('css`')
    ? code.replace(
        /\bcss`([^`]*)`/g,
        (_, body) =>
          `css\`${body
            .split(/(\$\{[^}]*\})/)
            .map((part, i) => (i % 2 ? part : minifyCssText(part)))
            .join('')}\``,
      )
    : code;

/**
 * The markup in Lit's html`…`/svg`…` templates: the indentation after each line break goes (a line
 * break stays one, so the markup means the same: in HTML a line break and its indentation are white
 * space like any other, and the pre-wrap text of the components has no indented lines; after a line
 * continuation, `\` at the end of a line, the indentation is text and stays). The templates are found
 * by TypeScript's parser, so strings, comments, messages (`msg`, `str`) and the expressions inside
 * `${…}` are never touched. `code` unchanged when it has none.
 */
export function minifyHtmlTemplates(code, id) {
  if (!/\b(?:html|svg)`/.test(code)) return code;
  const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const parts = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && /^(?:html|svg)$/.test(node.tag.text)) {
      const inMessage =
        ts.isCallExpression(node.parent) &&
        ts.isIdentifier(node.parent.expression) &&
        node.parent.expression.text === 'msg';
      const t = node.template;
      if (!inMessage) {
        for (const part of ts.isNoSubstitutionTemplateLiteral(t)
          ? [t]
          : [t.head, ...t.templateSpans.map((s) => s.literal)]) {
          parts.push([part.getStart(file), part.getEnd()]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (parts.length === 0) return code;
  let out = '';
  let at = 0;
  for (const [start, end] of parts.sort((a, b) => a[0] - b[0])) {
    out += code.slice(at, start) + code.slice(start, end).replace(/(?<!\\)\n[ \t]+/g, '\n');
    at = end;
  }
  return out + code.slice(at);
}

/**
 * Every source transform of the drop-in folder, in the build's order, for one module: notes out, then
 * CSS and markup templates minified (`css`, `html`: false leaves them, as the per-file build does).
 */
export function transformSource(code, id, { css = true, html = true } = {}) {
  let out = hasMessageNotes(id) ? dropMessageNotes(code) : code;
  if (isElementsSource(id)) {
    if (css) out = minifyCssTemplates(out);
    if (html) out = minifyHtmlTemplates(out, id);
  }
  return out;
}

// Rollup plugins over the transforms above.
export const dropNotes = () => ({
  name: 'drop-message-notes',
  transform: (code, id) =>
    hasMessageNotes(id) && code.includes('desc:') ? { code: dropMessageNotes(code), map: null } : null,
});
export const minifyCss = () => ({
  name: 'minify-css-templates',
  transform(code, id) {
    if (!isElementsSource(id) || !code.includes('css`')) return null;
    return { code: minifyCssTemplates(code), map: null };
  },
});
export const minifyHtml = () => ({
  name: 'minify-html-templates',
  transform(code, id) {
    if (!isElementsSource(id)) return null;
    const out = minifyHtmlTemplates(code, id);
    return out === code ? null : { code: out, map: null };
  },
});

/** The esbuild options that shorten internal (`_`) property names with a given name table. */
export const mangleOptions = (cache) => ({ mangleProps: /_$/, mangleCache: cache });

/**
 * Property mangling across chunks: internal property names end in `_` (packages/deadlines/README.md
 * "Reading the source"). One name table for all the code, made from every module before any chunk is
 * written, so a name means the same in every chunk; the short names (`$0`, `$1`, …) are checked against
 * every property name in the code, so none can clash. Throws when the code has no internal names (then
 * something changed in the build: better to stop than to mangle blindly).
 */
export async function internalNameTable(codes) {
  const names = new Set();
  for (const code of codes) {
    if (!/_\b/.test(code)) continue;
    const result = await transform(code, { loader: 'js', format: 'esm', mangleProps: /_$/, mangleCache: {} });
    for (const name of Object.keys(result.mangleCache ?? {})) names.add(name);
  }
  if (names.size === 0) throw new Error('mangle-internal-props: no internal (`_`) property names found');
  const cache = {};
  let next = 0;
  for (const name of [...names].sort()) cache[name] = `$${(next++).toString(36)}`;
  const taken = new Set(Object.values(cache));
  for (const code of codes) {
    // A name written as a string is never renamed: a decorated property (`@state() foo_`) is one, since
    // esbuild lowers its decorator per module with the name as a string, and the accessor would then
    // sit under the old name while the code uses the new one. Such a name must not end in `_`.
    for (const [, name] of code.matchAll(/["'`]([A-Za-z_$][\w$]*_)["'`]/g)) {
      if (names.has(name)) throw new Error(`mangle-internal-props: ${name} is also written as a string`);
    }
    for (const [, prop] of code.matchAll(/[.]\s*(\$[0-9a-z]+)\b/g)) {
      if (taken.has(prop)) throw new Error(`mangle-internal-props: the code uses ${prop}, a mangled name`);
    }
  }
  return cache;
}

/** The final pass over a chunk of the drop-in folder: minified, internal names from the table. */
export const minifyChunk = (code, cache) =>
  transform(code, {
    loader: 'js',
    format: 'esm',
    minify: true,
    legalComments: 'none',
    target: 'es2022',
    ...mangleOptions(cache),
    sourcemap: true,
  });

/** Rollup plugin: internalNameTable over every module at renderStart, minifyChunk over each chunk. */
export const mangleAcrossChunks = () => {
  let cache;
  return {
    name: 'mangle-internal-props',
    async renderStart() {
      const codes = [];
      for (const id of this.getModuleIds()) {
        const code = this.getModuleInfo(id)?.code;
        if (code) codes.push(code);
      }
      cache = await internalNameTable(codes);
    },
    async renderChunk(code) {
      const result = await minifyChunk(code, cache);
      return { code: result.code, map: result.map };
    },
  };
};
