// `pnpm --filter @woo-kit/reference-service serve`: the service on its own, http://localhost:8080.
import { createServiceServer, openService } from './index.js';

const port = Number(process.env['PORT'] ?? 8080);
const { handler, store } = openService();
const server = createServiceServer(handler).listen(port, 'localhost', () => {
  console.log(`woo-kit reference service: http://localhost:${port}/api/requests`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    store.close();
    process.exit(0);
  });
}
