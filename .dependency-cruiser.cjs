/**
 * Import cycles fail the lint. Type-only imports count: a cycle that only `import type` closes
 * still ties the two modules together for a reader and breaks as soon as one side gains a value
 * import, so the TypeScript source is read before compilation erases those imports.
 * `npm run lint` passes `--exclude` so the deliberate cycle in test/fixtures/ stays out of it;
 * test/lint/cycles.test.ts runs this same file on that fixture.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'This module is part of an import cycle (type-only imports included). Break it with a smaller shared module or by passing the dependency in.',
      from: {},
      // No viaOnly/viaNot and no dependencyTypesNot: every kind of dependency, type-only too, closes a cycle.
      to: { circular: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json'],
    },
  },
};
