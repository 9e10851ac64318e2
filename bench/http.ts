import { isDeepStrictEqual } from 'node:util';
import { buildApp } from '../src/app';
import { bareKoa } from './lib/bare-koa';
import { compareTargets, type LoadFigures } from './lib/load';
import { listenLoopback, type LoopbackServer } from './lib/server';
import { createBenchDeps, type BenchDeps } from './lib/service-deps';
import { loadSettings } from './lib/settings';
import { cleanUp, runBench } from './lib/run';
import { fixed, formatTable } from './lib/table';

/**
 * How much of bare Koa's throughput our HTTP stack keeps, route by route.
 *
 * Routes: /healthz has no I/O, so it shows the fixed cost of our middleware per request at its
 * starkest. Our app has no business JSON route yet, and /openapi.json is a large document that would
 * measure serialisation rather than the stack, so the second route is /readyz: a JSON body computed
 * per request from a MongoDB and a Redis ping. Bare Koa answers both with the same bodies, doing the
 * same pings over the same connections but with no middleware and no router, so the ratio isolates
 * what our stack costs on a route that does real I/O.
 */
const GOAL = 0.8;
const ROUTES = ['/healthz', '/readyz'] as const;
type Target = 'bare' | 'ours';

/** Both apps must answer alike before their speed is compared; `ms` timings differ run to run. */
async function checkSameAnswers(servers: Record<Target, LoopbackServer>): Promise<void> {
  const normalise = (body: unknown) => JSON.parse(JSON.stringify(body), (key, value) => (key === 'ms' ? 0 : value));
  for (const route of ROUTES) {
    const [bare, ours] = await Promise.all(
      [servers.bare, servers.ours].map(async (s) => {
        const res = await fetch(s.url + route);
        return { status: res.status, body: normalise(await res.json()) };
      }),
    );
    if (bare.status !== 200) {
      throw new Error(`${route} answers ${bare.status} ${JSON.stringify(bare.body)}: MongoDB and Redis must both answer for the figures to mean anything`);
    }
    if (!isDeepStrictEqual(bare, ours)) {
      throw new Error(`${route}: the two apps do not answer alike (bare ${JSON.stringify(bare)}, ours ${JSON.stringify(ours)})`);
    }
  }
}

async function main(): Promise<number> {
  const settings = loadSettings();
  let deps: BenchDeps | undefined;
  const servers: Partial<Record<Target, LoopbackServer>> = {};
  try {
    deps = await createBenchDeps('bench_http');
    servers.bare = await listenLoopback(bareKoa({ mongo: deps.mongo, redis: deps.redis, readyTimeoutMs: deps.config.READY_TIMEOUT_MS }).callback());
    servers.ours = await listenLoopback(buildApp(deps).app.callback());
    await checkSameAnswers(servers as Record<Target, LoopbackServer>);

    process.stdout.write(
      [
        `HTTP: our stack vs bare Koa on 127.0.0.1, ${settings.connections} connections, ` +
          `${settings.warmupS} s warm-up + ${settings.durationS} s measured per target and route ` +
          `(${settings.rounds} slices, alternating order), access log at ${deps.config.LOG_LEVEL} to /dev/null`,
        '  /healthz  no I/O: the fixed per-request cost of our middleware at its starkest',
        '  /readyz   JSON computed per request from a MongoDB + Redis ping (no business JSON route exists yet, and',
        '            /openapi.json would measure serialising a large document); bare Koa runs the same pings over the',
        '            same connections with no middleware or router, so the ratio isolates our stack on real I/O',
        '  cpu us: server CPU time per request, steadier than req/s on a shared machine; cpu ratio (bare/ours)',
        '          is the req/s ratio to expect when the server\'s own core is the bottleneck',
        '',
      ].join('\n'),
    );

    const results = {} as Record<(typeof ROUTES)[number], Record<Target, LoadFigures>>;
    for (const route of ROUTES) {
      results[route] = await compareTargets(
        { bare: servers.bare.url + route, ours: servers.ours.url + route },
        {
          ...settings,
          onSlice: (target, f) =>
            process.stderr.write(
              `  ${route.padEnd(9)} ${target.padEnd(4)} ${fixed(f.seconds, 1)} s  ${fixed(f.rps)} req/s  p99 ${f.p99Ms} ms  ${fixed(f.cpuUsPerRequest, 1)} cpu us/req\n`,
            ),
        },
      );
    }

    const rows = ROUTES.map((route) => {
      const { bare, ours } = results[route];
      const ratio = ours.rps / bare.rps;
      const cpuRatio = bare.cpuUsPerRequest / ours.cpuUsPerRequest;
      return { route, bare, ours, ratio, cpuRatio, meetsGoal: ratio >= GOAL, failures: bare.failures + ours.failures };
    });
    process.stdout.write(
      '\n' +
        formatTable(
          ['route', 'req/s bare', 'req/s ours', 'ours/bare', 'p99 ms bare', 'p99 ms ours', 'cpu us bare', 'cpu us ours', 'cpu ratio', `goal >= ${GOAL}`],
          rows.map((r) => [
            r.route,
            fixed(r.bare.rps),
            fixed(r.ours.rps),
            fixed(r.ratio, 2),
            fixed(r.bare.p99Ms, 1),
            fixed(r.ours.p99Ms, 1),
            fixed(r.bare.cpuUsPerRequest, 1),
            fixed(r.ours.cpuUsPerRequest, 1),
            fixed(r.cpuRatio, 2),
            r.failures ? `invalid: ${r.failures} failed requests` : r.meetsGoal ? 'met' : 'MISSED',
          ]),
        ) +
        '\n\n' +
        (rows.some((r) => !r.meetsGoal) ? 'Which layer costs what: bash scripts/with-services.sh npx tsx bench/http-middleware.ts\n\n' : ''),
    );
    const round = (f: LoadFigures) => ({
      rps: Math.round(f.rps),
      p99Ms: f.p99Ms,
      cpuUsPerRequest: Number(f.cpuUsPerRequest.toFixed(1)),
      requests: f.requests,
      failures: f.failures,
    });
    process.stdout.write(
      JSON.stringify({
        bench: 'http',
        goal: GOAL,
        settings,
        routes: Object.fromEntries(
          rows.map((r) => [r.route, { bare: round(r.bare), ours: round(r.ours), ratio: Number(r.ratio.toFixed(3)), cpuRatio: Number(r.cpuRatio.toFixed(3)), meetsGoal: r.meetsGoal }]),
        ),
      }) + '\n',
    );
    // Missing the goal is a finding, not a failure; failed requests mean the figures cannot be trusted.
    return rows.some((r) => r.failures > 0) ? 1 : 0;
  } finally {
    await cleanUp('bench:http', [() => Promise.all(Object.values(servers).map((s) => s.close())), async () => deps?.close()]);
  }
}

runBench('bench:http', main);
