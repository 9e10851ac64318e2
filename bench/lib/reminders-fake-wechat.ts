import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenLoopback, type LoopbackServer } from './server';

export interface FakeWechat extends LoopbackServer {
  /** Subscribe messages accepted, per openid (`touser`). */
  readonly sends: Map<string, number>;
  /** Access tokens handed out (the client caches one in Redis, so this stays at 1 or so). */
  readonly tokens: () => number;
  /** Requests to any other path (answered 404); a non-zero figure means the client called something unexpected. */
  readonly unknown: () => number;
}

const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

/**
 * The two WeChat API calls a mini-program subscribe message makes, on loopback: a stable access
 * token, and a send that always succeeds and is counted per openid, so duplicates show up.
 */
export async function startFakeWechat(): Promise<FakeWechat> {
  const sends = new Map<string, number>();
  let tokens = 0;
  let unknown = 0;
  const answer = (res: ServerResponse, status: number, body: object) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '').split('?')[0];
    try {
      const text = await readBody(req);
      if (path === '/cgi-bin/stable_token') {
        tokens++;
        return answer(res, 200, { access_token: `bench-token-${tokens}`, expires_in: 7200 });
      }
      if (path === '/cgi-bin/message/subscribe/send') {
        const openid = String((JSON.parse(text) as { touser?: unknown }).touser);
        sends.set(openid, (sends.get(openid) ?? 0) + 1);
        return answer(res, 200, { errcode: 0, errmsg: 'ok' });
      }
      unknown++;
      answer(res, 404, { errcode: -1, errmsg: `no such API in the fake: ${path}` });
    } catch (err) {
      unknown++;
      answer(res, 400, { errcode: -1, errmsg: (err as Error).message });
    }
  };
  const server = await listenLoopback((req, res) => void handle(req, res));
  return { ...server, sends, tokens: () => tokens, unknown: () => unknown };
}
