/**
 * Runs a benchmark's main function: what it resolves to is the exit code, an error is printed and
 * exits 1. It never calls process.exit, so a connection left open shows up as a hang, not hidden.
 */
export function runBench(name: string, main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      if (code) process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`${name} failed: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = 1;
    },
  );
}

/** For `finally` blocks: a cleanup problem is reported and fails the run without hiding the error that got us there. */
export async function cleanUp(name: string, steps: (() => Promise<unknown>)[]): Promise<void> {
  for (const step of steps) {
    try {
      await step();
    } catch (err) {
      process.stderr.write(`${name}: ${(err as Error).message}\n`);
      process.exitCode = 1;
    }
  }
}
