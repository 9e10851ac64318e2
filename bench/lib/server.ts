import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoopbackServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a request listener (e.g. `app.callback()`) on 127.0.0.1 and a port the OS picks, so a
 * benchmark never collides with a running service and is never reachable from outside the host.
 */
export async function listenLoopback(listener: http.RequestListener): Promise<LoopbackServer> {
  const server = http.createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive sockets left by the load generator or fetch() would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
