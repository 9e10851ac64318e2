import openapiTS, { astToString } from 'openapi-typescript';

/**
 * The two clients whose API types are generated from the server's OpenAPI document
 * (openapi-typescript): each gets the paths it calls. Their tests fail when a committed file
 * differs from what this makes now.
 */
export const API_TYPE_TARGETS = {
  mp: {
    file: 'miniprogram/services/api-types.ts',
    script: 'mp:api-types',
    /** The mini-program's own routes and the public ones. */
    include: (path: string) => path.startsWith('/api/mp/') || path.startsWith('/api/public/'),
  },
  console: {
    file: 'console/src/api/types.ts',
    script: 'console:api-types',
    /** The staff admin API. */
    include: (path: string) => path.startsWith('/api/admin/'),
  },
} as const;

export type ApiTypeTarget = keyof typeof API_TYPE_TARGETS;

export async function apiTypes(target: ApiTypeTarget, openapi: { paths: Record<string, unknown> }): Promise<string> {
  const { include, script } = API_TYPE_TARGETS[target];
  const paths = Object.fromEntries(Object.entries(openapi.paths).filter(([p]) => include(p)).sort(([a], [b]) => (a < b ? -1 : 1)));
  const ast = await openapiTS({ ...openapi, paths } as never, { alphabetize: true });
  return `// Generated from the server's /openapi.json by \`npm run ${script}\`; do not edit.\n${astToString(ast)}`;
}
