import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** What `npm run lint` pipes into scripts/area-cycles.mjs, cut down to the modules of a story. */
function check(modules: { source: string; dependencies: { resolved: string }[] }[]) {
  const run = spawnSync(process.execPath, [path.join(root, 'scripts/area-cycles.mjs')], { cwd: root, input: JSON.stringify({ modules }), encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('the area-cycle lint', () => {
  test('fails when two areas import each other through different files, naming both and the imports', () => {
    const { status, output } = check([
      { source: 'src/quizzes/authoring.ts', dependencies: [{ resolved: 'src/courses/model.ts' }] },
      { source: 'src/courses/authoring.ts', dependencies: [{ resolved: 'src/quizzes/schemas.ts' }] },
    ]);
    expect(status).toBe(1);
    expect(output).toContain('area cycle');
    expect(output).toContain('src/quizzes/authoring.ts → src/courses/model.ts');
    expect(output).toContain('src/courses/authoring.ts → src/quizzes/schemas.ts');
  });

  test("an area's routes may use src/http while src/http's guards use the area", () => {
    const { status, output } = check([
      { source: 'src/staff/routes.ts', dependencies: [{ resolved: 'src/http/api-router.ts' }, { resolved: 'src/staff/use-cases.ts' }] },
      { source: 'src/http/guards.ts', dependencies: [{ resolved: 'src/staff/use-cases.ts' }] },
    ]);
    expect(output).toContain('no import cycles between areas');
    expect(status).toBe(0);
  });
});
