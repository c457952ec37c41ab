// Starts `pnpm start` (scripts/start.mjs) on a free port with a temporary database, for the end-to-end
// tests of the demo site. With `errorLog`, every page records its errors in window.__wooErrors
// (examples/error-log.js).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const startScript = fileURLToPath(new URL('../../../../scripts/start.mjs', import.meta.url));

export async function startDemoServer(options: { errorLog?: boolean } = {}): Promise<{ origin: string; stop: () => void }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'woo-kit-demo-'));
  const server = spawn(process.execPath, ['--import', 'tsx', startScript], {
    env: { ...process.env, PORT: '0', WOO_KIT_DATABASE: join(dataDir, 'demo.sqlite'), ...(options.errorLog ? { WOO_KIT_ERROR_LOG: '1' } : {}) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () => {
    server.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the demo server did not start within 30 s')), 30_000);
      server.stdout!.on('data', (chunk: Buffer) => {
        const match = /http:\/\/localhost:(\d+)\//.exec(chunk.toString());
        if (match) {
          clearTimeout(timer);
          resolve(`http://localhost:${match[1]}`);
        }
      });
      server.once('exit', (code) => reject(new Error(`the demo server stopped (exit ${code})`)));
    });
    return { origin, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
