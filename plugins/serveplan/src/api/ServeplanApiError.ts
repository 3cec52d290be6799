import type { ErrorResponse } from '../schema/openapi';

/**
 * What went wrong when calling the serveplan backend, with what the backend said (name, field,
 * close matches, a clarifying question) so the page can say what to do about it.
 *
 * @public
 */
export class ServeplanApiError extends Error {
  /** HTTP status; 0 when the backend could not be reached at all. */
  readonly status: number;
  /** The backend's error name (InputError, NotFoundError, QuestionError, ...), when it sent one. */
  readonly errorName: string | undefined;
  /** The input field the message concerns, when known. */
  readonly field: string | undefined;
  /** Close matches for a misspelt model or GPU name. */
  readonly suggestions: string[];
  /** 422: the clarifying question asked instead of a plan. */
  readonly question: string | undefined;
  /** 400 for words with numbers that contradict each other: the intent fields they stated. */
  readonly reading: Readonly<Record<string, unknown>> | undefined;
  /** False when the response was not the backend's JSON error body (e.g. the plugin is not installed). */
  readonly fromBackend: boolean;
  /**
   * True when the backend answered but with something this page cannot use (a knowledge base
   * of another version than the page's engine): retrying the same request will not help.
   */
  readonly incompatible: boolean;

  constructor(options: {
    message: string;
    status: number;
    errorName?: string;
    field?: string;
    suggestions?: string[];
    question?: string;
    reading?: Readonly<Record<string, unknown>>;
    fromBackend: boolean;
    incompatible?: boolean;
  }) {
    super(options.message);
    this.name = 'ServeplanApiError';
    this.status = options.status;
    this.errorName = options.errorName;
    this.field = options.field;
    this.suggestions = options.suggestions ?? [];
    this.question = options.question;
    this.reading = options.reading;
    this.fromBackend = options.fromBackend;
    this.incompatible = options.incompatible ?? false;
  }

  /** Reads a failed response: the backend's error body when there is one, else the status. */
  static async fromResponse(
    response: Pick<Response, 'status' | 'statusText' | 'text'>,
  ): Promise<ServeplanApiError> {
    let body: ErrorResponse | undefined;
    try {
      const parsed: unknown = JSON.parse(await response.text());
      if (isErrorResponse(parsed)) body = parsed;
    } catch {
      body = undefined;
    }
    if (!body) {
      return new ServeplanApiError({
        message: `${response.status} ${response.statusText}`.trim(),
        status: response.status,
        fromBackend: false,
      });
    }
    const e = body.error;
    return new ServeplanApiError({
      message: e.message,
      status: response.status,
      errorName: e.name,
      field: e.field,
      suggestions: e.suggestions,
      question: e.question,
      reading: e.reading,
      fromBackend: true,
    });
  }

  /** A network failure: the request never got an answer. */
  static unreachable(cause: unknown): ServeplanApiError {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return new ServeplanApiError({
      message: `the serveplan backend could not be reached (${detail})`,
      status: 0,
      fromBackend: false,
    });
  }
}

function isErrorResponse(value: unknown): value is ErrorResponse {
  if (typeof value !== 'object' || value === null) return false;
  const error = (value as { error?: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string' &&
    typeof (error as { name?: unknown }).name === 'string'
  );
}
