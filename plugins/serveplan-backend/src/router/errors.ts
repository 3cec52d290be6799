/**
 * Turns what users can get wrong into specific 4xx errors for Backstage's error handler:
 * the engines' ServeplanInputError (400 with the field and close matches), bodies over the
 * size limit (413), malformed JSON (400).
 */
import { ErrorRequestHandler, RequestHandler } from 'express';
import { InputError } from '@backstage/errors';
import { isServeplanInputError } from '@serveplan/plugin-serveplan-common';
import { PayloadTooLargeError } from '../errors';

const kB = (bytes: unknown) =>
  typeof bytes === 'number'
    ? `${Math.ceil(bytes / 1024).toLocaleString('en-US')} kB`
    : 'too large';

interface BodyParserError {
  type?: string;
  length?: number;
  limit?: number;
  message?: string;
}

/** Where in a JSON value a string holds a NUL character (PostgreSQL cannot store one), if anywhere. */
export function findNul(
  value: unknown,
  path = 'body',
  depth = 0,
): string | undefined {
  if (typeof value === 'string')
    return value.includes('\u0000') ? path : undefined;
  if (depth > 20 || value === null || typeof value !== 'object')
    return undefined;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const found = findNul(
      v,
      Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`,
      depth + 1,
    );
    if (found) return found;
  }
  return undefined;
}

/** Rejects bodies with NUL characters in their strings. */
export function rejectNul(): RequestHandler {
  return (req, _res, next) => {
    const where = findNul(req.body);
    next(
      where
        ? new InputError(
            `${where} contains a NUL character (\\u0000), which is not allowed in text`,
          )
        : undefined,
    );
  };
}

export function mapErrors(): ErrorRequestHandler {
  return (error, _req, _res, next) => {
    if (isServeplanInputError(error)) {
      next(
        Object.assign(new InputError(error.message), {
          field: error.field,
          suggestions: error.suggestions,
          ...(error.reading ? { reading: error.reading } : {}),
        }),
      );
      return;
    }
    const e = error as BodyParserError;
    switch (e?.type) {
      case 'entity.too.large':
        next(
          new PayloadTooLargeError(
            `the request body is ${kB(e.length)}; the limit is ${kB(
              e.limit,
            )} (split large uploads into several requests)`,
          ),
        );
        return;
      case 'entity.parse.failed':
        next(
          new InputError(`the request body is not valid JSON: ${e.message}`),
        );
        return;
      case 'encoding.unsupported':
      case 'charset.unsupported':
      case 'request.aborted':
        next(
          new InputError(`the request body could not be read: ${e.message}`),
        );
        return;
      default:
        next(error);
    }
  };
}
