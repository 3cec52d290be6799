/**
 * Bad input to the engines: a specific message a person can act on, and where relevant the
 * field it concerns and close matches for a misspelt name. Never carries a stack trace to users.
 */
export class ServeplanInputError extends Error {
  readonly field?: string;
  readonly suggestions: string[];

  constructor(
    message: string,
    options: { field?: string; suggestions?: string[] } = {},
  ) {
    super(message);
    this.name = 'ServeplanInputError';
    this.field = options.field;
    this.suggestions = options.suggestions ?? [];
  }
}

/** True for ServeplanInputError, also across package copies (checks the name, not the class). */
export function isServeplanInputError(e: unknown): e is ServeplanInputError {
  return e instanceof Error && e.name === 'ServeplanInputError';
}
