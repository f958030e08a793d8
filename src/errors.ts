// Errors the CLI turns into one line on stderr and an exit code, never a stack trace.

/** The command line itself is wrong (unknown option, missing argument): exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The input cannot be read or analysed (empty, binary, too large, unreachable, no article body): exit 3. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`${input}: ${reason}`);
  }
}
