/**
 * Bad input to the engines: a specific message a person can act on, and where relevant the
 * field it concerns, close matches for a misspelt name and, for a request rejected for what it
 * says (numbers that contradict each other or cannot be), what was read of it: the intent
 * fields the text stated or implied, so a person or a client can see what was understood and
 * correct only the part that is wrong. Never carries a stack trace to users.
 */
export class ServeplanInputError extends Error {
  readonly field?: string;
  readonly suggestions: string[];
  readonly reading?: Readonly<Record<string, unknown>>;

  constructor(
    message: string,
    options: {
      field?: string;
      suggestions?: string[];
      reading?: Readonly<Record<string, unknown>>;
    } = {},
  ) {
    super(message);
    this.name = 'ServeplanInputError';
    this.field = options.field;
    this.suggestions = options.suggestions ?? [];
    if (options.reading) this.reading = options.reading;
  }
}

/** True for ServeplanInputError, also across package copies (checks the name, not the class). */
export function isServeplanInputError(e: unknown): e is ServeplanInputError {
  return e instanceof Error && e.name === 'ServeplanInputError';
}
