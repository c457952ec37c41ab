// The `desc` of a `msg()` call is a note for translators: `lit-localize extract` reads it from the
// sources into the XLIFF files (as <note>), and nothing reads it at run time. The builds drop it
// (rollup.config.mjs, and scripts/size.mjs, which measures from the sources), so notes cost no bytes.
// The pattern is a `desc` property whose value is one single-quoted string or one template literal
// without `${` (lit-localize allows no more; a long note continues its line with a backslash, see
// CONTRIBUTING.md); packages/elements/test/xliff.test.ts checks that no note is left in the built files.
const NOTE = /desc:\s*(?:'(?:[^'\\\n]|\\.)*'|`(?:[^`\\$]|\\[\s\S]|\$(?!\{))*`)/.source;
const DESC = new RegExp(String.raw`(,\s*)?\b${NOTE}(\s*,)?`, 'g');
// Options that hold nothing but the note go as a whole: `msg('…', { desc: '…' })` becomes `msg('…')`.
const ONLY_DESC = new RegExp(String.raw`,\s*\{\s*${NOTE}\s*,?\s*\}(?=\s*,?\s*\))`, 'g');

/** True for the sources whose `msg()` notes are dropped: those of @woo-kit/elements. */
export const hasMessageNotes = (path) => /[\\/]packages[\\/]elements[\\/]src[\\/].*\.ts$/.test(path);

/** `code` without the `desc` properties of its `msg()` options. */
export const dropMessageNotes = (code) =>
  code.includes('desc:')
    ? code.replace(ONLY_DESC, '').replace(DESC, (_, before, after) => (before && after ? ',' : ''))
    : code;
