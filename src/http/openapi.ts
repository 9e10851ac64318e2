import { z, type ZodType } from 'zod';
import type { DocumentedRoute } from './api-router';

const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

const toSchema = (schema: ZodType) => z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' });

/** /api/admin/offices/:id → /api/admin/offices/{id} */
export function toOpenApiPath(koaPath: string): string {
  return koaPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

export function buildOpenApi(routes: DocumentedRoute[], info: { title: string; version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const parameters: unknown[] = [];
    for (const [location, schema] of [['path', route.params], ['query', route.query]] as const) {
      if (!schema) continue;
      for (const [name, field] of Object.entries(schema.shape as Record<string, ZodType>)) {
        parameters.push({ name, in: location, required: location === 'path' || !field.safeParse(undefined).success, schema: toSchema(field) });
      }
    }
    const responses: Record<string, unknown> = {};
    for (const [status, doc] of Object.entries(route.responses)) {
      const contentType = doc.contentType ?? 'application/json';
      const schema = doc.schema ? toSchema(doc.schema) : Number(status) >= 400 ? toSchema(errorSchema) : undefined;
      responses[status] = { description: doc.description, ...(schema || doc.contentType ? { content: { [contentType]: schema ? { schema } : {} } } : {}) };
    }
    responses.default = { description: 'Error', content: { 'application/json': { schema: toSchema(errorSchema) } } };
    let requestBody: unknown;
    if (route.body) requestBody = { required: true, content: { 'application/json': { schema: toSchema(route.body) } } };
    if (route.upload) {
      requestBody = {
        required: true,
        content: { 'multipart/form-data': { schema: { type: 'object', properties: { [route.upload]: { type: 'string', format: 'binary' } }, required: [route.upload] } } },
      };
    }
    const auth = route.auth;
    const security = typeof auth === 'object' ? [{ staffToken: [] }] : auth === 'mp' || auth === 'learner' || auth === 'contact' ? [{ mpToken: [] }] : [];
    const who = typeof auth === 'object' ? { 'x-staff-roles': [...auth.staff] } : auth === 'learner' ? { 'x-bound-as': 'instructor' } : auth === 'contact' ? { 'x-bound-as': 'contact' } : {};
    (paths[toOpenApiPath(route.path)] ??= {})[route.method] = {
      summary: route.summary,
      tags: route.tags,
      parameters,
      ...(requestBody ? { requestBody } : {}),
      responses,
      security,
      ...who,
    };
  }
  return {
    openapi: '3.0.3',
    info,
    components: {
      securitySchemes: {
        staffToken: { type: 'http', scheme: 'bearer', description: 'Staff token from POST /api/admin/login' },
        mpToken: { type: 'http', scheme: 'bearer', description: 'Mini-program user token' },
      },
    },
    paths,
  };
}
