import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/cli-io.js';

/** What one in-process CLI run printed and returned. */
export interface CliRun {
  /** Exit status. */
  code: number;
  /** Everything written to stdout. */
  stdout: string;
  /** Everything written to stderr. */
  stderr: string;
}

/** Runs `main(argv)` in process with captured streams and no terminal. */
export async function runCli(argv: string[], overrides: Partial<CliIo> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: process.cwd(),
    env: { LANG: 'en_US.UTF-8' },
    stdinIsTTY: false,
    stdoutIsTTY: false,
    columns: 100,
    ...overrides,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
