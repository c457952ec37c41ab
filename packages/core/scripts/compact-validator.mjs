// Makes ajv's standalone validator code smaller without changing what it reports (issue 19: the
// validators are most of what a page with a woo-kit component downloads). Used by build-validators.mjs;
// test/validators-compact.test.ts checks that the compacted validators give exactly the errors of
// validators ajv compiles from the same schemas.
//
// ajv writes its code in a fixed form; each step below recognises one form and fails the build when
// the code no longer looks as expected (a newer ajv), rather than leaving a half-compacted validator.
//
// 1. Every error is built and pushed in ~150 characters of its own
//    (`const errN = {...};if(vErrors === null){vErrors = [errN];}else {vErrors.push(errN);}errors++;`):
//    one shared helper (`pushError` of src/validation/ajv-runtime.ts) builds the same object, and takes
//    the keyword from the end of the schema path (`#/properties/name/maxLength` → `maxLength`).
// 2. Value lists and property names are read from the whole schema, embedded as an object literal
//    (`schema90.properties.openingHours.items.properties.dayOfWeek.enum`): each such read becomes a
//    constant of just the value read (property names only where the code only asks whether a name is
//    one of them), and the schema literal goes.
// 3. The bookkeeping of evaluated properties and items serves `unevaluatedProperties`/`unevaluatedItems`,
//    which our schemas do not use; the arguments `parentData`, `parentDataProperty`, `rootData` and
//    `dynamicAnchors` are passed around but never read by our schemas' code. Both go.

/** The options the validators are compiled with (build-validators.mjs, and the test that compares). */
export const ajvOptions = {
  allErrors: true,
  // Our own Dutch and English messages come from the keyword and its params (validation/messages.ts),
  // so ajv's English message strings would only make the browser code bigger.
  messages: false,
  strict: true,
  discriminator: true,
};

/** The name the generated code imports `pushError` of src/validation/ajv-runtime.ts under. */
export const PUSH_ERROR = '__wooPushError';

/** Replaces every match of `pattern`, and fails when there is none although `required`. */
function replaceAll(code, pattern, replacement, what, required = true) {
  let count = 0;
  const out = code.replace(pattern, (...args) => {
    count += 1;
    return typeof replacement === 'function' ? replacement(...args) : replacement;
  });
  if (required && count === 0) throw new Error(`compact-validator: found no ${what}`);
  return out;
}

/** The end (exclusive) of the JSON value that starts at `start` in `code`. */
function jsonEnd(code, start) {
  let depth = 0;
  let inString = false;
  for (let i = start; i < code.length; i += 1) {
    const c = code[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth += 1;
    else if (c === '}' || c === ']') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error('compact-validator: unterminated schema literal');
}

/** Step 1: errors through one helper. */
function compactErrors(code) {
  const push = new RegExp(
    String.raw`const (err\d+) = \{instancePath(?::(.*?))?,schemaPath:("(?:[^"\\]|\\.)*"),` +
      String.raw`keyword:("(?:[^"\\]|\\.)*"),params:(.*?)\};` +
      String.raw`if\(vErrors === null\)\{vErrors = \[\1\];\}else \{vErrors\.push\(\1\);\}errors\+\+;`,
    'g',
  );
  const out = replaceAll(
    code,
    push,
    (_, _name, path, schemaPath, keyword, params) => {
      // The keyword is the last step of the schema path: pushError takes it from there.
      if (JSON.parse(schemaPath).split('/').pop() !== JSON.parse(keyword)) {
        throw new Error(`compact-validator: keyword ${keyword} is not the end of ${schemaPath}`);
      }
      return `vErrors = ${PUSH_ERROR}(vErrors, ${path ?? 'instancePath'}, ${schemaPath}, ${params});errors++;`;
    },
    'error pushes',
  );
  if (/const err\d+ =|vErrors\.push/.test(out)) throw new Error('compact-validator: an error push kept its long form');
  return out;
}

/** Step 2: constants of the values read from schema literals instead of the whole literals. */
function compactSchemaReads(code) {
  const literals = new Map();
  for (const m of code.matchAll(/const (schema\d+) = (?=\{)/g)) {
    const start = m.index + m[0].length;
    const end = jsonEnd(code, start);
    if (code[end] !== ';') throw new Error(`compact-validator: ${m[1]} is not a plain literal`);
    literals.set(m[1], JSON.parse(code.slice(start, end)));
  }
  const constants = new Map();
  const read = /(?<![\w$.])(schema\d+)((?:\.[A-Za-z_$][\w$]*)+)/g;
  let out = code.replace(read, (expression, name, path, offset) => {
    const literal = literals.get(name);
    if (literal === undefined) throw new Error(`compact-validator: ${name} is not a schema literal`);
    let value = literal;
    for (const key of path.slice(1).split('.')) {
      if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) {
        throw new Error(`compact-validator: ${expression} reads nothing`);
      }
      value = value[key];
    }
    // `func1.call(schemaN.properties, key0)`: func1 is Object.prototype.hasOwnProperty; only the names count.
    const namesOnly = /func\d+\.call\($/.test(code.slice(Math.max(0, offset - 20), offset));
    if (namesOnly) value = Object.fromEntries(Object.keys(value).map((key) => [key, 0]));
    const text = JSON.stringify(value);
    if (!constants.has(text)) constants.set(text, `__wooSchemaValue${constants.size}`);
    return constants.get(text);
  });
  // The literals nothing reads any more (all of them, unless the code uses one as a whole).
  for (const name of literals.keys()) {
    const declaration = new RegExp(`const ${name} = (?=\\{)`).exec(out);
    if (declaration === null) continue;
    const rest =
      out.slice(0, declaration.index) + out.slice(jsonEnd(out, declaration.index + declaration[0].length) + 1);
    if (!new RegExp(`(?<![\\w$])${name}(?![\\w$])`).test(rest)) out = rest;
  }
  const declarations = [...constants].map(([text, constName]) => `const ${constName} = ${text};`).join('');
  return declarations + out;
}

/** Step 3: no bookkeeping for keywords our schemas do not use. */
function compactBookkeeping(code) {
  let out = replaceAll(
    code,
    new RegExp(
      String.raw`const evaluated0 = validate\d+\.evaluated;` +
        String.raw`if\(evaluated0\.dynamicProps\)\{evaluated0\.props = undefined;\}` +
        String.raw`if\(evaluated0\.dynamicItems\)\{evaluated0\.items = undefined;\}`,
      'g',
    ),
    '',
    'evaluated bookkeeping',
  );
  out = replaceAll(out, /validate\d+\.evaluated = \{[^{}]*\};/g, '', 'evaluated results');
  out = replaceAll(out, /evaluated0\.(props|items) = (props|items)\d+;/g, '', 'evaluated results', false);
  if (out.includes('evaluated')) throw new Error('compact-validator: the code reads evaluated properties or items');
  out = replaceAll(
    out,
    /\{instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors=\{\}\}=\{\}/g,
    '{instancePath=""}={}',
    'validator signatures',
  );
  out = replaceAll(
    out,
    new RegExp(
      String.raw`\{instancePath(:.*?)?,parentData(?::[\w$.]+)?,` +
        String.raw`parentDataProperty(?::(?:"(?:[^"\\]|\\.)*"|[\w$]+))?,rootData,dynamicAnchors\}`,
      'g',
    ),
    (_, path) => `{instancePath${path ?? ''}}`,
    'validator calls',
    false,
  );
  if (/parentData|rootData|dynamicAnchors/.test(out)) {
    throw new Error('compact-validator: the code reads parentData, rootData or dynamicAnchors');
  }
  return out;
}

/** The standalone code of one validator module, compacted (see the top of this file). */
export function compactValidator(code) {
  return compactBookkeeping(compactSchemaReads(compactErrors(code)));
}
