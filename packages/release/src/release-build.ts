// `pnpm release:build [--out DIR]`: tarballs, release notes and the drop-in zip of the next release
// (see build.ts). Default folder: release/ at the repository root (ignored by git). Run `pnpm build`
// first. It never changes the working tree: to commit the new versions and changelogs, run
// `pnpm changeset version` (docs/releasing.md).
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { releaseBuild } from './build.js';
import { WORKSPACE_ROOT } from './check.js';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
try {
  const build = releaseBuild({
    outDir: values.out ? resolve(values.out) : join(WORKSPACE_ROOT, 'release'),
    log: (line) => console.log(line),
  });
  console.log(
    `release:build: ${Object.entries(build.versions)
      .map(([name, version]) => `${name}@${version}`)
      .join(', ')}`,
  );
  console.log(`release:build: written to ${build.outDir}`);
  if (build.pendingChangesets > 0)
    console.log(
      'release:build: these versions come from pending changesets; run `pnpm changeset version` and commit ' +
        'before you tag.',
    );
} catch (error) {
  console.error(`release:build: ${(error as Error).message}`);
  process.exit(1);
}
