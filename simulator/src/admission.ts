/**
 * A bounded admission queue, as vLLM's --max-num-queued-reqs: while that many requests wait,
 * new ones are refused at once (503 as vLLM, so a load balancer retries elsewhere; or 429) with
 * a body that says why and a Retry-After header.
 */
import { ApiError } from './openai/errors';

export class AdmissionControl {
  constructor(
    private readonly limit: number | undefined,
    private readonly status: 429 | 503,
    private readonly waiting: () => number,
  ) {}

  /** Throws when the queue is full; `incoming` is how many engine requests the call would add. */
  check(incoming: number) {
    if (this.limit === undefined) return;
    const w = this.waiting();
    if (w + incoming > this.limit) {
      throw new ApiError(
        this.status,
        `The server is overloaded: ${w} requests are already waiting (limit --max-num-queued-reqs ${this.limit}). Retry later or on another replica.`,
        null,
        undefined,
        { 'retry-after': '1' },
      );
    }
  }
}
