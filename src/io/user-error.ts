/**
 * A failure the user can fix (missing path, unwritable output, bad option value). Faces print
 * its message as one line and exit non-zero; no stack trace is ever shown for it.
 */
export class UserError extends Error {
  /** Exit status the CLI returns: 2 for usage errors, 1 for failures. */
  readonly exitCode: 1 | 2;

  constructor(message: string, exitCode: 1 | 2 = 1) {
    super(message);
    this.name = 'UserError';
    this.exitCode = exitCode;
  }
}
