import http from 'node:http';

/**
 * A keep-alive HTTP client for benchmarks that drive the service from the same process. fetch()
 * (undici) spends several times the CPU of node:http per request, and in one process that CPU is
 * taken from the server being measured; this keeps the client's share small.
 */
export function createClient(baseUrl: string, maxSockets = 64) {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const base = new URL(baseUrl);
  return {
    request(method: string, path: string, options: { headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<{ status: number; text: string }> {
      return new Promise((resolve, reject) => {
        const headers: Record<string, string | number> = { ...options.headers };
        if (options.body !== undefined) headers['content-length'] = Buffer.byteLength(options.body);
        const req = http.request({ host: base.hostname, port: base.port, method, path, agent, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        });
        req.on('error', reject);
        req.end(options.body);
      });
    },
    close: () => agent.destroy(),
  };
}
