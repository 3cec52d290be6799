/**
 * A server-sent-events response body in HTTP/1.1 chunked encoding, written straight to the
 * socket: one socket write (one system call) per event, without the per-write bookkeeping of
 * http.ServerResponse, which dominates the simulator's cost when a thousand streams each get a
 * token at the end of the same engine step. The response head goes out through
 * ServerResponse (writeHead + flushHeaders) and `end()` lets it write the final zero-length
 * chunk, so keep-alive and the server's bookkeeping stay intact.
 *
 * Backpressure: once a write finds the socket's buffer full (the client reads more slowly than
 * tokens come), the stream is `blocked` and the caller holds its events back — merging each
 * choice's text into one event, as vLLM's output collector does for a consumer that falls behind
 * — until the socket drains; then `onDrain` supplies what was held, sent as one write.
 */
import type { ServerResponse } from 'node:http';

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/** Whether a string is plain ASCII (its UTF-8 length is then its length). */
export function isAscii(s: string): boolean {
  return !NON_ASCII.test(s);
}

export class SseStream {
  private readonly direct: boolean;
  /** The socket's buffer is full: hold events back until it drains (then onDrain is asked). */
  blocked = false;
  /** end() came while blocked: the last events, sent after the held ones. */
  private tail: string | undefined;
  /** When the socket drains: the events held back meanwhile (merged), to send now. */
  onDrain: () => string = () => '';

  constructor(
    private readonly res: ServerResponse,
    headers: Record<string, string>,
  ) {
    res.writeHead(200, headers);
    res.flushHeaders();
    // Chunked framing by hand only when Node chose chunked encoding and the socket is ours.
    this.direct =
      !!res.socket &&
      (res as unknown as { chunkedEncoding?: boolean }).chunkedEncoding ===
        true;
  }

  /**
   * Writes text (one or more complete `data: ...\n\n` events) as one chunk. `ascii` tells that
   * the text is known to be ASCII, saving a scan of it on the hot path. Sets `blocked` when the
   * socket's buffer is full.
   */
  write(text: string, ascii = false) {
    const socket = this.res.socket;
    let ok = true;
    if (this.direct) {
      if (!socket || socket.destroyed) return;
      const bytes = ascii ? text.length : Buffer.byteLength(text);
      ok = socket.write(`${bytes.toString(16)}\r\n${text}\r\n`);
    } else {
      ok = this.res.write(text);
    }
    if (!ok && !this.blocked) {
      this.blocked = true;
      (this.direct ? socket! : this.res).once('drain', this.drained);
    }
  }

  private readonly drained = () => {
    this.blocked = false;
    const text = this.onDrain() + (this.tail ?? '');
    if (text) this.write(text);
    if (this.tail !== undefined) {
      this.tail = undefined;
      this.res.end();
    }
  };

  /** Writes the last events and ends the response (after the held ones, when blocked). */
  end(text: string) {
    if (this.blocked) {
      this.tail = (this.tail ?? '') + text;
      return;
    }
    this.write(text);
    this.res.end();
  }
}
