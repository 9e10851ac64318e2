import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const depcruiseBin = path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

// The same config file `npm run lint` uses, pointed at one fixture folder.
function cruise(folder: string) {
  const run = spawnSync(process.execPath, [depcruiseBin, '--config', '.dependency-cruiser.cjs', folder], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('the import-cycle lint', () => {
  it('fails on two files that import each other only with import type, naming both', () => {
    const { status, output } = cruise('test/fixtures/cycle');

    expect(status).not.toBe(0);
    expect(output).toContain('no-circular');
    expect(output).toMatch(/test\/fixtures\/cycle\/customer\.ts\s*→\s*test\/fixtures\/cycle\/invoice\.ts\s*→\s*test\/fixtures\/cycle\/customer\.ts/);
  });

  it('passes a folder whose imports go one way only', () => {
    const { status, output } = cruise('test/fixtures/no-cycle');

    expect(output).toContain('no dependency violations found');
    expect(status).toBe(0);
  });
});
