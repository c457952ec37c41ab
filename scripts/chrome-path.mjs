// Where the browser tests and benchmarks find Chromium: CHROME_PATH, else Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';

export function chromePath() {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  return { path, found: existsSync(path) };
}

/** Flags for a headless Chromium on a closed network, as root. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
