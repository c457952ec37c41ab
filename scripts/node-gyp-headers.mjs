#!/usr/bin/env node
// Runs before `pnpm install` builds native dependencies (better-sqlite3 for the reference service).
// When no prebuilt binary can be downloaded, node-gyp compiles from source and wants the Node.js
// headers; on a machine without internet it cannot download them. Debian's nodejs ships the same
// headers in /usr/include/node, so, when they match the running Node exactly and node-gyp has no
// headers cached yet, this points node-gyp's cache at them. It changes nothing otherwise.
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const version = process.version.slice(1);
const local = process.env.npm_config_nodedir
  ? join(process.env.npm_config_nodedir, 'include/node')
  : '/usr/include/node';
const versionHeader = join(local, 'node_version.h');
const cacheRoot = process.env.XDG_CACHE_HOME
  ? join(process.env.XDG_CACHE_HOME, 'node-gyp')
  : join(homedir(), '.cache', 'node-gyp');
const target = join(cacheRoot, version);

function localVersion() {
  if (!existsSync(versionHeader)) return undefined;
  const text = readFileSync(versionHeader, 'utf8');
  const part = (name) =>
    /#define\s+NODE_\w*_VERSION\s+(\d+)/.exec(text.slice(text.indexOf(`NODE_${name}_VERSION`) - 8))?.[1];
  return [part('MAJOR'), part('MINOR'), part('PATCH')].join('.');
}

try {
  if (existsSync(join(target, 'installVersion')) || localVersion() !== version) process.exit(0);
  mkdirSync(join(target, 'include'), { recursive: true });
  if (!existsSync(join(target, 'include', 'node'))) symlinkSync(local, join(target, 'include', 'node'));
  // node-gyp's marker that the headers in this folder are complete (its install format version).
  writeFileSync(join(target, 'installVersion'), '11\n');
  console.log(`node-gyp: using the Node.js ${version} headers in ${local}`);
} catch (error) {
  // Never fail an install over this: node-gyp will report what it misses.
  console.warn(`node-gyp headers: skipped (${error instanceof Error ? error.message : error})`);
}
