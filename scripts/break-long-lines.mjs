#!/usr/bin/env node
// Breaks the long lines Prettier leaves alone: strings, template literals, regular expressions and comments.
// Run it on a formatted tree, then format again:
//
//   pnpm format && node scripts/break-long-lines.mjs && pnpm format && pnpm lint
//
// It reads the lines over the width from scripts/check-source-files.mjs and changes only what is safe:
// - a string or plain template literal becomes a concatenation ('a ' + 'b'), cut after a space;
// - text that lit-localize reads as one literal (msg('…'), msg(str`…`), msg(html`…`), `desc`) and `str`
//   templates keep one literal: a backslash at the end of a line continues it without adding a character
//   (a line continuation), so the message ids and the XLIFF stay the same;
// - a long regular expression becomes new RegExp(String.raw`…` + String.raw`…`, flags), cut after a `|`
//   (so is a long String.raw`…`);
// - the code in a `${…}` written on one line gets a line break, so Prettier lays it out (it keeps such
//   code on one line otherwise);
// - in an html`` or svg`` template (not one in msg()), a long line breaks between attributes or before a
//   tag's `>`: never in text or a quoted value, so the DOM stays the same;
// - a `//` comment or a JSDoc line is wrapped; a `// comment` after code moves to the line above.
// What is left (code inside `${…}` of a template, SQL, an import path) needs a person: the check names it.
//
//   --guide DIR   find the long lines in DIR, a formatted copy of this tree, and change this tree
//                 (to break lines before the tree itself is formatted)
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { guide: { type: 'string' } } });
const guide = values.guide ? resolve(values.guide) : root;
const { printWidth: WIDTH } = JSON.parse(readFileSync(join(root, '.prettierrc.json'), 'utf8'));

const check = spawnSync(process.execPath, [join(guide, 'scripts/check-source-files.mjs')], {
  cwd: guide,
  encoding: 'utf8',
});
const longLines = new Map(); // file -> line numbers (1-based) in the guide
for (const match of check.stderr.matchAll(/^(.+?):(\d+): \d+ characters/gm)) {
  if (!longLines.has(match[1])) longLines.set(match[1], []);
  longLines.get(match[1]).push(Number(match[2]));
}

const stats = { tags: 0, spans: 0, strings: 0, templates: 0, continued: 0, regexps: 0, comments: 0, left: 0 };
const scriptKind = (file) => (/\.[mc]?js$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS);
const parse = (file, text) => ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind(file));
/** A literal's key: its value for a string (quotes and escapes differ after formatting), else its source. */
const keyOf = (node, sf) => (ts.isStringLiteral(node) ? `'${node.text}` : node.getText(sf));
const isMarkup = (node) =>
  ts.isTaggedTemplateExpression(node) &&
  ts.isIdentifier(node.tag) &&
  ['html', 'svg'].includes(node.tag.text) &&
  !isLocalizeText(node.template);
const isMsgCall = (node) =>
  ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg';

/** Text lit-localize reads statically: msg's first argument (also inside a tag) or an option of msg. */
function isLocalizeText(node) {
  let p = node.parent;
  if (ts.isTaggedTemplateExpression(p)) {
    if (ts.isIdentifier(p.tag) && p.tag.text === 'str') return true;
    node = p;
    p = p.parent;
  }
  if (isMsgCall(p) && p.arguments[0] === node) return true;
  return ts.isPropertyAssignment(p) && p.initializer === node && isMsgCall(p.parent?.parent);
}

/** Where a literal's value may not become an expression: names, types, imports, case labels, tags. */
function mustStayLiteral(node) {
  const p = node.parent;
  if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isLiteralTypeNode(p)) return true;
  if (ts.isExternalModuleReference(p) || ts.isImportTypeNode(p) || ts.isEnumMember(p) || ts.isCaseClause(p))
    return true;
  if (ts.isTaggedTemplateExpression(p)) return true;
  return 'name' in p && p.name === node;
}

/** Offsets (after a space, or `after`) where the text of a literal may be cut, in its literal parts only. */
function cutPoints(node, text, sf, after = ' ') {
  const ranges = [];
  if (ts.isTemplateExpression(node)) {
    ranges.push([node.head.getStart(sf) + 1, node.head.end - 2]);
    for (const span of node.templateSpans) {
      ranges.push([span.literal.getStart(sf) + 1, span.literal.end - (ts.isTemplateTail(span.literal) ? 1 : 2)]);
    }
  } else ranges.push([node.getStart(sf) + 1, node.end - 1]);
  const cuts = [];
  for (const [start, end] of ranges) {
    for (let i = start; i < end - 1; i++) {
      if (text[i] === after && text[i + 1] !== ' ' && !escaped(text, i)) cuts.push(i + 1);
    }
  }
  return cuts;
}

/** More offsets for a plain literal without a good space: after `>`, `,` or `;`, before `<` or `${`. */
function markupCutPoints(node, text, sf) {
  const ranges = [];
  if (ts.isTemplateExpression(node)) {
    ranges.push([node.head.getStart(sf) + 1, node.head.end - 2]);
    for (const span of node.templateSpans) {
      ranges.push([span.literal.getStart(sf) + 1, span.literal.end - (ts.isTemplateTail(span.literal) ? 1 : 2)]);
    }
  } else ranges.push([node.getStart(sf) + 1, node.end - 1]);
  const cuts = [];
  for (const [start, end] of ranges) {
    for (let i = start + 1; i < end; i++) {
      const after = /[>,;]/.test(text[i - 1]) && !escaped(text, i - 1);
      const before = text[i] === '<';
      if ((after || before) && text[i - 1] !== '\\') cuts.push(i);
    }
    if (end - start > 0 && ts.isTemplateExpression(node) && text[end] === '$') cuts.push(end);
  }
  return cuts.sort((a, b) => a - b);
}

/** Whether the character at `i` is escaped by an odd number of backslashes before it. */
function escaped(text, i) {
  let n = 0;
  while (text[i - 1 - n] === '\\') n++;
  return n % 2 === 1;
}

/** Cut offsets so that no piece from `start` to `end` is longer than `max`; [] when it cannot. */
function choose(cuts, start, end, max) {
  const chosen = [];
  let from = start;
  while (end - from > max) {
    const next = cuts.filter((c) => c > from + 10 && c - from <= max).pop();
    if (next === undefined) break;
    chosen.push(next);
    from = next;
  }
  return chosen;
}

/** The widest piece for a literal on a long line: the line's room, or half the literal if that is less. */
function pieceWidth(indent, length, lineLength) {
  const room = WIDTH - indent - 12;
  const over = lineLength - WIDTH;
  return Math.max(30, Math.min(room, length - over - 4, length > room ? room : Math.ceil(length / 2) + 4));
}

for (const [file, lines] of longLines) {
  const guideText = readFileSync(join(guide, file), 'utf8');
  const guideLines = guideText.split('\n');
  const guideSf = parse(file, guideText);
  const starts = guideSf.getLineStarts();
  const literals = new Map(); // literal source text -> { indent, lineLength }
  const regexps = new Map();
  const comments = new Map(); // trimmed comment line -> indent
  const markupTemplates = new Map(); // html``/svg`` template source -> its long lines, relative to its start
  const spans = new Set(); // the code of a `${…}` written on one line: Prettier then keeps it on one line
  const trailing = new Set(); // a `// comment` at the end of a line of code, to move above that line
  for (const line of lines) {
    const text = guideLines[line - 1];
    const trimmed = text.trimStart();
    const indent = text.length - trimmed.length;
    if (/^(?:\/\/|\*|\/\*\*.*\*\/$)/.test(trimmed)) {
      comments.set(trimmed.trimEnd(), indent);
      continue;
    }
    const start = starts[line - 1];
    const end = start + text.length;
    let found = false;
    const findMarkup = (node) => {
      if (node.end < start || node.getStart(guideSf) > end) return;
      if (isMarkup(node) && node.template.getStart(guideSf) < end && node.template.end > start) {
        const t0 = node.template.getStart(guideSf);
        const key = node.template.getText(guideSf);
        if (!markupTemplates.has(key)) markupTemplates.set(key, []);
        markupTemplates.get(key).push({ lineStart: start - t0, lineEnd: end - t0, indent });
        found = true;
      }
      ts.forEachChild(node, findMarkup);
    };
    findMarkup(guideSf);
    const visit = (node) => {
      if (node.end < start || node.getStart(guideSf) > end) return;
      if (node.end >= start && node.end <= end) {
        for (const range of ts.getTrailingCommentRanges(guideText, node.end) ?? []) {
          if (range.kind === ts.SyntaxKind.SingleLineCommentTrivia && range.end === end) {
            trailing.add(guideText.slice(range.pos, range.end));
            found = true;
          }
        }
      }
      const nodeStart = node.getStart(guideSf);
      if (ts.isTemplateSpan(node) && nodeStart >= start && node.expression.end <= end) {
        const code = node.expression.getText(guideSf);
        if (code.length > 40 && !code.includes('\n')) {
          spans.add(code);
          found = true;
          return;
        }
      }
      const isLiteral =
        ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);
      if ((isLiteral || ts.isRegularExpressionLiteral(node)) && nodeStart >= start && node.end <= end) {
        if (node.end - nodeStart > 30) {
          (isLiteral ? literals : regexps).set(isLiteral ? keyOf(node, guideSf) : node.getText(guideSf), {
            indent,
            lineLength: [...text].length,
          });
          found = true;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(guideSf);
    if (!found) stats.left++;
  }

  const path = join(root, file);
  let text = readFileSync(path, 'utf8');
  const sf = parse(file, text);
  const edits = []; // [start, end, replacement]
  const visit = (node) => {
    const start = node.getStart(sf);
    if (ts.isTemplateSpan(node) && spans.has(node.expression.getText(sf))) {
      // A line break in the `${…}` lets Prettier lay its code out like any other code.
      edits.push([node.expression.getStart(sf), node.expression.getStart(sf), '\n']);
      stats.spans++;
      return;
    }
    if (ts.isRegularExpressionLiteral(node) && regexps.has(node.getText(sf))) {
      const source = node.getText(sf);
      const slash = source.lastIndexOf('/');
      const body = source.slice(1, slash);
      const flags = source.slice(slash + 1);
      const { indent } = regexps.get(source);
      if (body.includes('`') || body.includes('${')) {
        stats.left++;
        return;
      }
      const cuts = [];
      for (let i = 0; i < body.length - 1; i++) if (body[i] === '|' && !escaped(body, i)) cuts.push(i + 1);
      let chosen = choose(cuts, 0, body.length, WIDTH - indent - 24);
      if (chosen.length === 0 || body.length - chosen[chosen.length - 1] > WIDTH - indent - 24) {
        // No `|` to cut at: cut anywhere a piece does not end in a backslash (before a `<` or `\\/` if it can).
        const any = [];
        for (let i = 1; i < body.length; i++)
          if (body[i - 1] !== '\\' && (body[i] === '<' || body[i] === '\\')) any.push(i);
        chosen = choose(any, 0, body.length, WIDTH - indent - 24);
      }
      if (chosen.length === 0) {
        stats.left++;
        return;
      }
      const pieces = [];
      let from = 0;
      for (const c of [...chosen, body.length]) {
        pieces.push(`String.raw\`${body.slice(from, c)}\``);
        from = c;
      }
      edits.push([start, node.end, `new RegExp(\n${pieces.join(' +\n')}${flags ? `, '${flags}'` : ''})`]);
      stats.regexps++;
      return;
    }
    const isLiteral =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);
    const wanted = isLiteral && literals.get(keyOf(node, sf));
    if (!wanted || node.getText(sf).includes('\n')) {
      ts.forEachChild(node, visit);
      return;
    }
    const source = node.getText(sf);
    const max = pieceWidth(wanted.indent, source.length, wanted.lineLength);
    const tag = ts.isTaggedTemplateExpression(node.parent) && node.parent.tag;
    const tagName = tag && ts.isIdentifier(tag) ? tag.text : undefined;
    if (isLocalizeText(node) || tagName === 'str') {
      // One literal: a template with line continuations (a plain string is turned into one).
      const quote = source[0];
      if (quote !== '`' && /\\|`|\$\{/.test(source)) {
        stats.left++;
        return;
      }
      const chosen = choose(cutPoints(node, text, sf), start, node.end, max);
      if (chosen.length === 0) return;
      let out = '';
      let from = start;
      for (const c of chosen) {
        out += `${text.slice(from, c)}\\\n`;
        from = c;
      }
      out += text.slice(from, node.end);
      if (quote !== '`') out = `\`${out.slice(1, -1)}\``;
      edits.push([start, node.end, out]);
      stats.continued++;
      return;
    }
    if (tag && ts.isPropertyAccessExpression(tag) && tag.getText(sf) === 'String.raw') {
      // String.raw`…` (a regular expression's source): cut after a `|` in its literal parts.
      const chosen = choose(cutPoints(node, text, sf, '|'), start, node.end, max);
      if (chosen.length === 0) {
        stats.left++;
        return;
      }
      let out = '';
      let from = node.parent.getStart(sf);
      for (const c of chosen) {
        out += `${text.slice(from, c)}\` +\nString.raw\``;
        from = c;
      }
      out += text.slice(from, node.end);
      edits.push([node.parent.getStart(sf), node.end, `(${out})`]);
      stats.regexps++;
      return;
    }
    if (tag || mustStayLiteral(node)) {
      stats.left++;
      return;
    }
    let chosen = choose(cutPoints(node, text, sf), start, node.end, max);
    if (chosen.length === 0 || node.end - chosen[chosen.length - 1] > max) {
      chosen = choose(
        [...new Set([...cutPoints(node, text, sf), ...markupCutPoints(node, text, sf)])].sort((a, b) => a - b),
        start,
        node.end,
        max,
      );
    }
    if (chosen.length === 0) return;
    const quote = source[0];
    let out = '';
    let from = start;
    for (const c of chosen) {
      out += `${text.slice(from, c)}${quote} +\n${quote}`;
      from = c;
    }
    out += text.slice(from, node.end);
    edits.push([start, node.end, `(${out})`]); // Prettier drops the parentheses where they are not needed.
    stats[ts.isTemplateExpression(node) ? 'templates' : 'strings']++;
  };
  visit(sf);
  edits.sort((a, b) => b[0] - a[0]);
  for (const [start, end, replacement] of edits) text = text.slice(0, start) + replacement + text.slice(end);

  if (markupTemplates.size > 0) {
    const markupSf = parse(file, text);
    const markupEdits = [];
    const visitMarkup = (node) => {
      const lines = isMarkup(node) && markupTemplates.get(node.template.getText(markupSf));
      if (lines) markupEdits.push(...breakTags(node.template, text, markupSf, lines));
      ts.forEachChild(node, visitMarkup);
    };
    visitMarkup(markupSf);
    markupEdits.sort((a, b) => b[0] - a[0]);
    for (const [start, end, replacement] of markupEdits) text = text.slice(0, start) + replacement + text.slice(end);
    stats.tags += markupEdits.length;
  }
  if (trailing.size > 0) {
    const out = [];
    for (const line of text.split('\n')) {
      const comment = [...trailing].find((c) => line.endsWith(c) && line.trim() !== c);
      if (comment) {
        const lead = line.slice(0, line.length - line.trimStart().length);
        const code = line.slice(0, line.length - comment.length).trimEnd();
        const body = comment.replace(/^\/\/\s*/, '');
        out.push(...wrap(body, WIDTH - lead.length - 4).map((w) => `${lead}// ${w}`), code);
        stats.comments++;
      } else out.push(line);
    }
    text = out.join('\n');
  }
  if (comments.size > 0) {
    const out = [];
    for (const line of text.split('\n')) {
      const trimmed = line.trim();
      if (!comments.has(trimmed)) {
        out.push(line);
        continue;
      }
      const lead = line.slice(0, line.length - line.trimStart().length);
      const indent = Math.max(comments.get(trimmed), lead.length);
      if (trimmed.startsWith('/**')) {
        out.push(`${lead}/**`, ...wrap(trimmed.slice(3, -2).trim(), WIDTH - indent - 3).map((w) => `${lead} * ${w}`));
        out.push(`${lead} */`);
      } else {
        const prefix = trimmed.startsWith('//') ? '// ' : '* ';
        const body = trimmed.slice(prefix.length);
        out.push(...wrap(body, WIDTH - indent - prefix.length - 1).map((w) => `${lead}${prefix}${w}`));
      }
      stats.comments++;
    }
    text = out.join('\n');
  }
  writeFileSync(path, text);
}

/**
 * Line breaks inside the tags of an html``/svg`` template, on its long lines: between attributes or before a
 * tag's `>`, never in text or in a quoted value, so the rendered DOM stays the same.
 */
function breakTags(template, text, sf, lines) {
  const parts = [];
  if (ts.isNoSubstitutionTemplateLiteral(template)) parts.push([template.getStart(sf) + 1, template.end - 1]);
  else {
    parts.push([template.head.getStart(sf) + 1, template.head.end - 2]);
    for (const span of template.templateSpans) {
      parts.push([span.literal.getStart(sf) + 1, span.literal.end - (ts.isTemplateTail(span.literal) ? 1 : 2)]);
    }
  }
  // Offsets where a break may go: [offset, replace-a-space?]
  const allowed = [];
  let inTag = false;
  let quote = '';
  for (const [start, end] of parts) {
    for (let i = start; i < end; i++) {
      const c = text[i];
      if (quote) {
        if (c === quote) quote = '';
      } else if (inTag) {
        if (c === '"' || c === "'") quote = c;
        else if (c === '>') {
          if (text[i - 1] !== ' ' && text[i - 1] !== '\n' && text[i - 1] !== '/') allowed.push([i, false]);
          inTag = false;
        } else if (c === ' ' && text[i + 1] !== ' ' && text[i + 1] !== '>') allowed.push([i, true]);
      } else if (c === '<' && /[a-zA-Z/!]/.test(text[i + 1] ?? '')) inTag = true;
    }
  }
  const edits = [];
  const t0 = template.getStart(sf);
  for (const { lineStart, lineEnd, indent } of lines) {
    // Columns as in the formatted guide: the line starts at column 0; a new line starts at indent + 2.
    const lead = ' '.repeat(indent + 2);
    const cuts = allowed.filter(([c]) => c - t0 > lineStart && c - t0 < lineEnd);
    let fromColumn = 0; // column of the current line start, counted on the guide line
    const lineLength = lineEnd - lineStart;
    const chosen = [];
    while (lineLength - fromColumn + (chosen.length ? lead.length : 0) > WIDTH) {
      const room = WIDTH - (chosen.length ? lead.length : 0);
      const next = cuts
        .filter(([c]) => c - t0 - lineStart > fromColumn + 10 && c - t0 - lineStart - fromColumn <= room)
        .pop();
      if (!next) break;
      chosen.push(next);
      fromColumn = next[0] - t0 - lineStart + (next[1] ? 1 : 0);
    }
    for (const [offset, replaceSpace] of chosen) edits.push([offset, offset + (replaceSpace ? 1 : 0), `\n${lead}`]);
  }
  return edits;
}

/** Words of `text` in lines of at most `max` characters. */
function wrap(text, max) {
  const lines = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current && current.length + 1 + word.length > max) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines;
}

console.log(
  `break-long-lines: ${stats.strings} strings, ${stats.templates} template literals and ${stats.regexps} ` +
    `regular expressions cut, ${stats.continued} localized texts continued, ${stats.comments} comment lines ` +
    (`wrapped, ${stats.spans} \${…} opened, ${stats.tags} breaks in tags; ${stats.left} long lines need a ` +
      `person. Now run pnpm format.`),
);
