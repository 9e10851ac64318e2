import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface SeenRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

/** `hang` never answers, for timeouts; `delayMs` answers late, so concurrent callers overlap. */
export type Reply = { json: unknown; status?: number; delayMs?: number } | { raw: string; status?: number } | { hang: true };
export type Responder = Reply | ((request: SeenRequest) => Reply);

interface Expectation {
  method: string;
  path: string;
  respond: Responder;
  remaining: number;
}

/**
 * A WeChat API on 127.0.0.1 that answers only what a test expects, each expectation a set number
 * of times (like nock's `.once()`), and records every request, matched or not. A real server
 * rather than nock: nock 15 is ESM-only, which this CommonJS jest setup cannot load, and on Node 20
 * its interceptors need Promise.withResolvers (Node 22).
 */
export class FakeWechat {
  readonly requests: SeenRequest[] = [];
  readonly unmatched: SeenRequest[] = [];
  private expectations: Expectation[] = [];

  private readonly server: Server = createServer((req, res) => {
    void this.handle(req).then((reply) => {
      if ('hang' in reply) return;
      res.statusCode = reply.status ?? 200;
      res.setHeader('content-type', 'application/json');
      res.end('raw' in reply ? reply.raw : JSON.stringify(reply.json));
    });
  });

  static async start(): Promise<FakeWechat> {
    const fake = new FakeWechat();
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** The WECHAT_API_BASE that reaches this fake. */
  get base(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Expects `times` more requests to `method path` (default once) and answers them with `respond`. */
  expect(method: 'GET' | 'POST', path: string, respond: Responder, times = 1): this {
    this.expectations.push({ method, path, respond, remaining: times });
    return this;
  }

  calls(path: string): SeenRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  /** Expectations still waiting for a request, as `METHOD path`. */
  pending(): string[] {
    return this.expectations.filter((e) => e.remaining > 0).map((e) => `${e.method} ${e.path}`);
  }

  isDone(): boolean {
    return this.pending().length === 0;
  }

  reset(): void {
    this.expectations = [];
    this.requests.length = 0;
    this.unmatched.length = 0;
    // Hanging requests from a timeout test must not leak into the next test.
    this.server.closeAllConnections();
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((err) => (err ? reject(err) : resolve())));
  }

  private async handle(req: IncomingMessage): Promise<Reply> {
    const url = new URL(req.url ?? '/', this.base);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const seen: SeenRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: text ? JSON.parse(text) : undefined,
    };
    this.requests.push(seen);
    const expectation = this.expectations.find((e) => e.method === seen.method && e.path === seen.path && e.remaining > 0);
    if (!expectation) {
      this.unmatched.push(seen);
      return { status: 501, json: { error: `no expectation for ${seen.method} ${seen.path}` } };
    }
    expectation.remaining -= 1;
    const reply = typeof expectation.respond === 'function' ? expectation.respond(seen) : expectation.respond;
    if ('delayMs' in reply && reply.delayMs) await sleep(reply.delayMs);
    return reply;
  }
}
