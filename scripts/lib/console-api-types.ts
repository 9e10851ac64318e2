import openapiTS, { astToString } from 'openapi-typescript';

export const CONSOLE_API_TYPES_FILE = 'console/src/api/types.ts';

/** The routes the office console calls: the staff admin API. */
const forConsole = (path: string) => path.startsWith('/api/admin/');

/**
 * The console's API types, generated from the server's OpenAPI document (openapi-typescript).
 * test/console/api-types.test.ts fails when the committed file differs from what this makes now.
 */
export async function consoleApiTypes(openapi: { paths: Record<string, unknown> }): Promise<string> {
  const paths = Object.fromEntries(Object.entries(openapi.paths).filter(([p]) => forConsole(p)).sort(([a], [b]) => (a < b ? -1 : 1)));
  const ast = await openapiTS({ ...openapi, paths } as never, { alphabetize: true });
  return `// Generated from the server's /openapi.json by \`npm run console:api-types\`; do not edit.\n${astToString(ast)}`;
}
