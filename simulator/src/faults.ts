/**
 * Failure injection for testing clients, gateways and autoscalers: a seeded fraction of
 * requests fails with statuses drawn from a list, and a request can ask for a failure with the
 * `X-Serveplan-Fault` header: an HTTP status (e.g. `503`), or `stream` for an error event in
 * the middle of a streamed response (vLLM's shape for errors after the stream started).
 */
import { Rng } from '@serveplan/plugin-serveplan-common';
import { ApiError } from './openai/errors';

export const FAULT_HEADER = 'x-serveplan-fault';

export type Fault =
  | { kind: 'http'; error: ApiError }
  | { kind: 'stream'; afterTokens: number };

const MESSAGES: Record<number, string> = {
  400: 'Injected failure: invalid request.',
  401: 'Injected failure: invalid API key.',
  404: 'Injected failure: model not found.',
  429: 'Injected failure: rate limit reached; retry later.',
  500: 'Injected failure: internal server error.',
  502: 'Injected failure: bad gateway.',
  503: 'Injected failure: the server is overloaded or not ready yet.',
  504: 'Injected failure: gateway timeout.',
};

export function injectedError(status: number): ApiError {
  return new ApiError(
    status,
    MESSAGES[status] ?? `Injected failure: HTTP ${status}.`,
  );
}

export class FaultInjector {
  private readonly rng: Rng;

  constructor(
    private readonly rate: number,
    private readonly codes: number[],
    seed: number,
  ) {
    this.rng = new Rng(seed ^ 0x5eed);
  }

  /** The fault for one request, or null. Throws an ApiError for a malformed header. */
  decide(header: string | string[] | undefined): Fault | null {
    const h = Array.isArray(header) ? header[0] : header;
    if (h !== undefined && h.trim() !== '') {
      const v = h.trim().toLowerCase();
      if (v === 'stream') return { kind: 'stream', afterTokens: 1 };
      const status = Number(v);
      if (!Number.isInteger(status) || status < 400 || status > 599) {
        throw new ApiError(
          400,
          `${FAULT_HEADER} must be an HTTP error status (400-599) or "stream", got "${h}"`,
          FAULT_HEADER,
        );
      }
      return { kind: 'http', error: injectedError(status) };
    }
    if (this.rate > 0 && this.rng.next() < this.rate) {
      const status =
        this.codes[Math.floor(this.rng.next() * this.codes.length)];
      return { kind: 'http', error: injectedError(status) };
    }
    return null;
  }
}
