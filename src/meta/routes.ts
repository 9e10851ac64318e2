import { z } from 'zod';
import { ApiRouter, type DocumentedRoute, type RouteGuards } from '../http/api-router';
import type { Metrics } from '../http/metrics';
import { buildOpenApi } from '../http/openapi';

/** /metrics and /openapi.json. `allRoutes` is read lazily so the document lists every router. */
const openapiOut = z.object({
  openapi: z.string(),
  info: z.object({ title: z.string(), version: z.string() }),
  components: z.record(z.string(), z.unknown()),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});

export function metaRoutes(deps: { metrics: Metrics; allRoutes: () => DocumentedRoute[]; version: string; guards: RouteGuards }): ApiRouter {
  const router = new ApiRouter('', deps.guards);
  let openapi: unknown;
  router.get(
    '/metrics',
    { summary: 'Prometheus metrics', tags: ['meta'], auth: 'none', responses: { 200: { description: 'Prometheus text format', contentType: 'text/plain' } } },
    async function metrics(ctx) {
      ctx.type = deps.metrics.registry.contentType;
      ctx.body = await deps.metrics.registry.metrics();
    },
  );
  router.get(
    '/openapi.json',
    { summary: 'This API, as an OpenAPI 3 document', tags: ['meta'], auth: 'none', responses: { 200: { description: 'OpenAPI document', schema: openapiOut } } },
    async function openapiJson(ctx) {
      openapi ??= buildOpenApi(deps.allRoutes(), { title: 'Harmonious-enterprise training and outreach API', version: deps.version });
      ctx.body = openapi;
    },
  );
  return router;
}
