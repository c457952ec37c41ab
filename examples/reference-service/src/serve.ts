// `pnpm --filter @woo-kit/reference-service serve`: the demo service on its own, http://localhost:8080.
import { createHttpServer } from '@woo-kit/server';
import { openService } from './index.js';

const port = Number(process.env['PORT'] ?? 8080);
const { handler, store } = await openService({ publicOrigin: `http://localhost:${port}` });
const server = createHttpServer(handler).listen(port, 'localhost', () => {
  console.log(`woo-kit reference service: http://localhost:${port}/api/timeliness`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    void store.close().then(() => process.exit(0));
  });
}
