// The three browser engines the browser tests run in, each from the distribution's own packages
// (no browser is downloaded from anywhere else):
//
//   chromium  Debian `chromium`, driven by Playwright over CDP (@web/test-runner-playwright)
//   firefox   Debian `firefox-esr`, driven by puppeteer-core over WebDriver BiDi (@web/test-runner-chrome)
//   webkit    Debian `webkit2gtk-driver` (WebKitGTK's MiniBrowser), driven over WebDriver classic
//             (@web/test-runner-webdriver); MiniBrowser has no headless mode, so it runs under Xvfb
//             when there is no display
//
// Used by web-test-runner.config.mjs (which engine to launch) and scripts/test-all.mjs (what to install).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { chromeArgs, chromePath } from './chrome-path.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/**
 * How many test files one browser runs before `pnpm test` starts a new one (scripts/test-all.mjs). WebKit
 * runs every file of a group in one WebDriver session; in CI a MiniBrowser that ran all 29 files in one
 * session stopped answering partway, which lost the whole run. Smaller groups in a fresh browser keep
 * that to a few files, and a group whose browser stops answering can be run again on its own.
 */
export const FILES_PER_BROWSER = { chromium: Infinity, firefox: Infinity, webkit: 5 };

/**
 * The browser test files, relative to `root`, sorted: `*.browser.test.ts` under `packages/<name>/src/` and
 * `packages/<name>/test/browser/` (scripts/check-source-files.mjs keeps them there).
 */
export function browserTestFiles(root) {
  const found = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') walk(path);
      else if (entry.isFile() && entry.name.endsWith('.browser.test.ts')) found.push(relative(root, path));
    }
  };
  const packages = join(root, 'packages');
  for (const name of existsSync(packages) ? readdirSync(packages).sort() : []) {
    walk(join(packages, name, 'src'));
    walk(join(packages, name, 'test', 'browser'));
  }
  return found.sort();
}

/** What an engine is called in output. */
export const ENGINE_LABEL = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

const firefoxPath = () => process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const webkitDriverPath = () => process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';

/** Whether a command is on the PATH. */
export function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/**
 * What the given engines and the other tests (xmllint, PostgreSQL) need from the system that is not here:
 * `{ what, package }` per missing piece, `package` being the Debian/Ubuntu package that provides it.
 */
export function missingSystemPackages(engines) {
  const missing = [];
  if (engines.includes('chromium') && !chromePath().found)
    missing.push({ what: `Chromium (${chromePath().path})`, package: 'chromium' });
  if (engines.includes('firefox') && !existsSync(firefoxPath()))
    missing.push({ what: `Firefox (${firefoxPath()})`, package: 'firefox-esr' });
  if (engines.includes('webkit')) {
    if (!existsSync(webkitDriverPath()))
      missing.push({ what: `WebKitWebDriver (${webkitDriverPath()})`, package: 'webkit2gtk-driver' });
    if (!process.env.DISPLAY && !hasCommand('Xvfb'))
      missing.push({ what: 'Xvfb (WebKit has no headless mode)', package: 'xvfb' });
  }
  if (!hasCommand('xmllint')) missing.push({ what: 'xmllint (DiWoo schema checks)', package: 'libxml2-utils' });
  // @woo-kit/server's tests run against SQLite and a real PostgreSQL; they start the local cluster
  // themselves (packages/server/test/support/postgres.ts) unless WOO_KIT_TEST_DATABASE_URL names a server.
  if (!process.env.WOO_KIT_TEST_DATABASE_URL && !existsSync('/usr/bin/pg_ctlcluster'))
    missing.push({ what: 'PostgreSQL (server tests)', package: 'postgresql' });
  return missing;
}

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Waits until something listens on 127.0.0.1:port (the driver), or fails after `ms`. */
async function waitForPort(port, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const ok = await fetch(`http://127.0.0.1:${port}/status`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${ms} ms`);
}

const children = [];

/**
 * Stops a child. The WebKit driver leads its own process group: MiniBrowser and its web processes go with it,
 * even when a page still runs (a WebKitWebProcess left behind would keep a core busy for the rest of the run).
 */
function stopChild(child) {
  try {
    if (child.groupLeader) process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGTERM');
  } catch {
    // already gone
  }
}

process.once('exit', () => {
  for (const child of children) stopChild(child);
});

/** Stopped from outside (scripts/test-all.mjs stops a run that does not finish): the children go too. */
function stopOnSignal() {
  process.once('SIGTERM', () => {
    for (const child of children) stopChild(child);
    process.exit(143);
  });
}

let display;
/** Starts a private Xvfb display (once) when none is set; returns the DISPLAY value. */
function ensureDisplay() {
  display ??= startDisplay();
  return display;
}

async function startDisplay() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  for (let n = 90 + (process.pid % 100); n < 400; n++) {
    if (existsSync(`/tmp/.X${n}-lock`)) continue;
    const xvfb = spawn('Xvfb', [`:${n}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    xvfb.unref(); // stopped on exit, below; must not keep the process alive
    children.push(xvfb);
    await new Promise((r) => setTimeout(r, 500));
    if (xvfb.exitCode === null) return `:${n}`;
  }
  throw new Error('could not start Xvfb');
}

/**
 * Starts WebKitWebDriver on a free loopback port (and Xvfb when there is no display); returns the
 * webdriverio options that open a MiniBrowser session through it, and a function that stops the driver.
 */
export async function startWebKitDriver() {
  const display = await ensureDisplay();
  const port = await freePort();
  const driver = spawn(webkitDriverPath(), [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display },
    detached: true,
  });
  driver.unref();
  driver.groupLeader = true;
  if (!children.some((child) => child.groupLeader)) stopOnSignal();
  children.push(driver);
  await waitForPort(port, 15000);
  return {
    options: {
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      // No command of ours takes a minute; a driver that does not answer within one is not going to (the
      // default, 2 minutes with 3 retries, kept a stalled run waiting for more than half an hour).
      connectionRetryTimeout: 60 * 1000,
      connectionRetryCount: 1,
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { args: ['--automation'] },
        'wdio:enforceWebDriverClassic': true,
      },
    },
    stop: () => stopChild(driver),
  };
}

/** Launch options for Firefox ESR through puppeteer-core (WebDriver BiDi). */
export function firefoxLaunchOptions() {
  return {
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // The privileged context lets the test commands set Firefox preferences (forced colours).
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  };
}

/**
 * The web-test-runner launcher for an engine, and the concurrency it runs with. Firefox and WebKit run
 * one test file at a time: a background tab gets no keyboard focus in Firefox, preferences such as
 * forced colours are browser-wide there, and with more than one WebDriver session the WebKit launcher
 * switches to iframes.
 */
export async function engineLauncher(engine) {
  if (engine === 'chromium') {
    const { playwrightLauncher } = await import('@web/test-runner-playwright');
    return {
      concurrency: 2,
      launcher: playwrightLauncher({
        product: 'chromium',
        launchOptions: { executablePath: chromePath().path, headless: true, args: chromeArgs },
      }),
    };
  }
  if (engine === 'firefox') {
    const { chromeLauncher } = await import('@web/test-runner-chrome');
    const puppeteer = (await import('puppeteer-core')).default;
    return {
      concurrency: 1,
      launcher: chromeLauncher({ puppeteer, launchOptions: firefoxLaunchOptions() }),
    };
  }
  if (engine === 'webkit') {
    const { webdriverLauncher } = await import('@web/test-runner-webdriver');
    const { options } = await startWebKitDriver();
    return { concurrency: 1, launcher: webdriverLauncher(options) };
  }
  throw new Error(`unknown browser engine "${engine}" (one of ${ENGINES.join(', ')})`);
}
