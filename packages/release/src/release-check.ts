// `pnpm release:check`: see check.ts. Prints each problem and exits 1 when there is one.
// Run `pnpm build` first (`pnpm install` and `pnpm test` build for you).
//   --keep            keep the tarballs and the scratch project (the folder is printed)
//   --package DIR     check only this package folder (repeatable); used by the tests on broken copies
//   --no-install      only pack and check the tarballs, do not install them in a scratch project
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readManifest, releaseCheck } from './check.js';

const { values } = parseArgs({
  options: {
    keep: { type: 'boolean' },
    package: { type: 'string', multiple: true },
    'no-install': { type: 'boolean' },
  },
});
const keep = values.keep === true;
const packages = values.package?.map((dir) => ({ dir: resolve(dir), manifest: readManifest(resolve(dir)) }));
const { problems, tarballs, workDir } = await releaseCheck({
  log: (line) => console.log(line),
  install: values['no-install'] !== true,
  ...(packages ? { packages } : {}),
});
for (const problem of problems) console.error(`✗ ${problem.package} [${problem.code}] ${problem.message}`);
if (problems.length === 0)
  console.log(
    `release:check: ${tarballs.length} packages pass: packed, publint, attw, installed outside the workspace ` +
      `and used in Node and Chromium`,
  );
else console.error(`release:check: ${problems.length} problem(s)`);
if (keep) console.log(`release:check: tarballs and the scratch project are in ${workDir}`);
else rmSync(workDir, { recursive: true, force: true });
process.exit(problems.length === 0 ? 0 : 1);
