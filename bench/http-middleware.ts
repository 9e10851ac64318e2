import Koa from 'koa';
import { buildApp } from '../src/app';
import type { AppState } from '../src/http/types';
import { bareKoa } from './lib/bare-koa';
import { compareTargets } from './lib/load';
import { listenLoopback, type LoopbackServer } from './lib/server';
import { createBenchDeps, type BenchDeps } from './lib/service-deps';
import { loadSettings } from './lib/settings';
import { cleanUp, runBench } from './lib/run';
import { fixed, formatTable } from './lib/table';

/**
 * Where our HTTP stack spends its time: one route (BENCH_ROUTE, default /healthz) served by bare
 * Koa, by our routes alone (routers and what follows them), then with the middleware before them
 * added back one at a time in app order.
 *
 * The variants reuse the middleware instances of the real `buildApp(...)` (Koa keeps them in
 * `app.middleware`), so this cannot drift from src/app.ts. A layer's cost is the growth of the
 * server's CPU time per request from the variant before it; req/s is shown too, but it swings
 * more with whatever else the machine is doing.
 *
 * Run: bash scripts/with-services.sh npx tsx bench/http-middleware.ts
 */
async function main(): Promise<void> {
  const settings = loadSettings();
  const route = process.env.BENCH_ROUTE || '/healthz';
  let deps: BenchDeps | undefined;
  const servers: LoopbackServer[] = [];
  try {
    deps = await createBenchDeps('bench_http_mw');
    const built = buildApp(deps);
    const all = built.app.middleware;
    // The stack is what runs before the root router, which comes right after the body parser;
    // the router and anything mounted after it serve the route and stay in every variant.
    const firstRoute = all.findIndex((mw) => mw.name === 'bodyParser') + 1;
    if (firstRoute < 1) throw new Error('no bodyParser in buildApp(...).app.middleware; update this benchmark');
    const stack = all.slice(0, firstRoute);
    const routes = all.slice(firstRoute);

    const variants: { label: string; app: Koa | Koa<AppState> }[] = [
      { label: 'bare Koa', app: bareKoa({ mongo: deps.mongo, redis: deps.redis, readyTimeoutMs: deps.config.READY_TIMEOUT_MS }) },
    ];
    for (let n = 0; n <= stack.length; n++) {
      const app = new Koa<AppState>({ proxy: true });
      for (const mw of [...stack.slice(0, n), ...routes]) app.use(mw);
      app.silent = true;
      variants.push({ label: n === 0 ? `routes only (${routes.length} mw)` : `+ ${stack[n - 1].name || 'anonymous'}`, app });
    }

    const targets: Record<string, string> = {};
    for (const v of variants) {
      const server = await listenLoopback(v.app.callback());
      servers.push(server);
      targets[v.label] = server.url + route;
    }
    process.stdout.write(
      `GET ${route}: bare Koa, our routes alone, then the middleware before them added back in app order; ${settings.connections} connections, ` +
        `${settings.warmupS} s warm-up + ${settings.durationS} s measured each (${settings.rounds} slices, alternating order), ` +
        `access log at ${deps.config.LOG_LEVEL} to /dev/null\n`,
    );
    const results = await compareTargets(targets, {
      ...settings,
      onSlice: (label, f) => process.stderr.write(`  ${label.padEnd(26)} ${fixed(f.rps)} req/s  ${fixed(f.cpuUsPerRequest, 1)} cpu us/req\n`),
    });

    const bareRps = results['bare Koa'].rps;
    let previousCpu = results['bare Koa'].cpuUsPerRequest;
    const rows = variants.map(({ label }) => {
      const f = results[label];
      const added = label === 'bare Koa' ? '' : fixed(f.cpuUsPerRequest - previousCpu, 1);
      previousCpu = f.cpuUsPerRequest;
      return [label, fixed(f.rps), fixed(f.rps / bareRps, 2), fixed(f.cpuUsPerRequest, 1), added, fixed(f.p99Ms, 1), String(f.failures)];
    });
    process.stdout.write('\n' + formatTable(['variant', 'req/s', 'vs bare', 'cpu us/req', 'added cpu us', 'p99 ms', 'failed'], rows) + '\n\n');
    process.stdout.write(
      JSON.stringify({
        bench: 'http-middleware',
        route,
        settings,
        variants: variants.map(({ label }) => {
          const f = results[label];
          return { label, rps: Math.round(f.rps), p99Ms: f.p99Ms, cpuUsPerRequest: Number(f.cpuUsPerRequest.toFixed(1)), failures: f.failures };
        }),
      }) + '\n',
    );
  } finally {
    await cleanUp('bench/http-middleware', [() => Promise.all(servers.map((s) => s.close())), async () => deps?.close()]);
  }
}

runBench('bench/http-middleware', main);
