import openapiTS, { astToString } from 'openapi-typescript';

export const MP_API_TYPES_FILE = 'miniprogram/services/api-types.ts';

/** The routes the mini-program calls: its own and the public ones. */
const forMiniProgram = (path: string) => path.startsWith('/api/mp/') || path.startsWith('/api/public/');

/**
 * The mini-program's API types, generated from the server's OpenAPI document (openapi-typescript).
 * test/mp/api-types.test.ts fails when the committed file differs from what this makes now.
 */
export async function miniProgramApiTypes(openapi: { paths: Record<string, unknown> }): Promise<string> {
  const paths = Object.fromEntries(Object.entries(openapi.paths).filter(([p]) => forMiniProgram(p)).sort(([a], [b]) => (a < b ? -1 : 1)));
  const ast = await openapiTS({ ...openapi, paths } as never, { alphabetize: true });
  return `// Generated from the server's /openapi.json by \`npm run mp:api-types\`; do not edit.\n${astToString(ast)}`;
}
