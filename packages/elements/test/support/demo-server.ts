// Starts `pnpm start` (scripts/start.mjs) on a free port with a temporary database, for the end-to-end
// tests of the demo site. With `errorLog`, every page records its errors in window.__wooErrors
// (examples/error-log.js).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const startScript = fileURLToPath(new URL('../../../../scripts/start.mjs', import.meta.url));

export async function startDemoServer(
  options: { errorLog?: boolean } = {},
): Promise<{ origin: string; caseworkerKey: string; stop: () => void }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'woo-kit-demo-'));
  const server = spawn(process.execPath, ['--import', 'tsx', startScript], {
    env: {
      ...process.env,
      PORT: '0',
      WOO_KIT_DATABASE: join(dataDir, 'demo.sqlite'),
      ...(options.errorLog ? { WOO_KIT_ERROR_LOG: '1' } : {}),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () => {
    server.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    // The server prints its address, then the case-worker page with this run's API key.
    const { origin, caseworkerKey } = await new Promise<{ origin: string; caseworkerKey: string }>(
      (resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the demo server did not start within 30 s')), 30_000);
        let printed = '';
        server.stdout!.on('data', (chunk: Buffer) => {
          printed += chunk.toString();
          const match = /http:\/\/localhost:(\d+)\//.exec(printed);
          const key = /API key for this run: (wk_[\w-]+)/.exec(printed);
          if (match && key) {
            clearTimeout(timer);
            resolve({ origin: `http://localhost:${match[1]}`, caseworkerKey: key[1]! });
          }
        });
        server.once('exit', (code) => reject(new Error(`the demo server stopped (exit ${code})`)));
      },
    );
    return { origin, caseworkerKey, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
