import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

const importsOf = (file: string) => [...readFileSync(path.join(root, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
const isModelModule = (spec: string) => /(^|\/)models?$/.test(spec);

describe('the edges (routes, bot commands, workers) hold use cases, never models', () => {
  const routes = filesUnder('src').filter((f) => /(^|[/-])routes\.ts$/.test(path.basename(f)) || path.basename(f) === 'routes.ts');
  const commands = filesUnder('bots/commands');
  const workers = filesUnder('jobs');

  test.each([...routes, ...commands, ...workers])('%s imports no mongoose model module', (file) => {
    expect(importsOf(file).filter(isModelModule)).toEqual([]);
    expect(readFileSync(path.join(root, file), 'utf8')).not.toContain('registerModels');
  });

  test('only start-up wiring and seeds call registerModels in the service', () => {
    const callers = [...filesUnder('src'), ...filesUnder('bots'), ...filesUnder('jobs')].filter((f) => readFileSync(path.join(root, f), 'utf8').includes('registerModels('));
    expect(callers.sort()).toEqual(['src/composition.ts', 'src/demo.ts', 'src/models.ts']);
  });

  test('domain code imports nothing from src/http/ or jobs/', () => {
    const domain = filesUnder('src').filter((f) => /^src\/(audit|binding|certificates|courses|learning|offices|people|quizzes|staff)\//.test(f) && !/routes\.ts$/.test(f));
    const reaching = domain.flatMap((f) => importsOf(f).filter((s) => /\/http\/|\/jobs\//.test(s)).map((s) => `${f} → ${s}`));
    expect(reaching).toEqual([]);
  });
});
