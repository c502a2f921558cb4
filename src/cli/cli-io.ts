/** The process surroundings a CLI run sees; tests pass their own to run `main` in process. */
export interface CliIo {
  /** Writes to standard output. */
  stdout: (text: string) => void;
  /** Writes to standard error. */
  stderr: (text: string) => void;
  /** Folder relative paths are resolved against. */
  cwd: string;
  /** Environment variables (locale for `--lang`). */
  env: Readonly<Record<string, string | undefined>>;
  /** Standard input is a terminal. */
  stdinIsTTY: boolean;
  /** Standard output is a terminal. */
  stdoutIsTTY: boolean;
  /** Terminal width, when known. */
  columns?: number;
}

/** The real process's standard streams and environment. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdinIsTTY: process.stdin.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    columns: process.stdout.columns,
  };
}
