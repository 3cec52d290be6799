/**
 * Errors in vLLM's shape: `{"error": {"message", "type", "param", "code"}}` with `code` the HTTP
 * status (vLLM 0.8 and later; reference: serving-surface.md 2.3), and vLLM's own wording for the
 * context-length, max_tokens and unknown-model cases.
 */

const TYPES: Record<number, string> = {
  400: 'BadRequestError',
  401: 'AuthenticationError',
  403: 'PermissionDeniedError',
  404: 'NotFoundError',
  413: 'RequestEntityTooLargeError',
  429: 'RateLimitError',
  500: 'InternalServerError',
  502: 'BadGatewayError',
  503: 'ServiceUnavailableError',
  504: 'GatewayTimeoutError',
};

export function errorType(status: number): string {
  return (
    TYPES[status] ?? (status >= 500 ? 'InternalServerError' : 'BadRequestError')
  );
}

/** An error the API answers with; thrown from handlers and rendered by the server's error handler. */
export class ApiError extends Error {
  readonly type: string;
  constructor(
    readonly status: number,
    message: string,
    readonly param: string | null = null,
    type?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.type = type ?? errorType(status);
  }

  body() {
    return errorBody(this.status, this.message, this.param, this.type);
  }
}

export function errorBody(
  status: number,
  message: string,
  param: string | null = null,
  type = errorType(status),
) {
  return { error: { message, type, param, code: status } };
}

/** vLLM: the prompt alone does not fit the context window. */
export function promptTooLong(
  maxModelLen: number,
  promptTokens: number,
): ApiError {
  return new ApiError(
    400,
    `This model's maximum context length is ${maxModelLen} tokens. However, your request has ${promptTokens} input tokens. Please reduce the length of the input messages.`,
    'input_tokens',
  );
}

/** vLLM: prompt + max_tokens exceed the context window. */
export function maxTokensTooLarge(
  maxModelLen: number,
  promptTokens: number,
  maxTokens: number,
): ApiError {
  return new ApiError(
    400,
    `'max_tokens' or 'max_completion_tokens' is too large: ${maxTokens}. This model's maximum context length is ${maxModelLen} tokens and your request has ${promptTokens} input tokens (${maxTokens} > ${maxModelLen} - ${promptTokens}).`,
    'max_tokens',
  );
}

export function modelNotFound(model: string): ApiError {
  return new ApiError(404, `The model \`${model}\` does not exist.`, 'model');
}
