/**
 * A server-sent-events response body in HTTP/1.1 chunked encoding, written straight to the
 * socket: one socket write (one system call) per event, without the per-write bookkeeping of
 * http.ServerResponse, which dominates the simulator's cost when a thousand streams each get a
 * token at the end of the same engine step. The response head goes out through
 * ServerResponse (writeHead + flushHeaders) and `end()` lets it write the final zero-length
 * chunk, so keep-alive and the server's bookkeeping stay intact.
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
   * the text is known to be ASCII, saving a scan of it on the hot path.
   */
  write(text: string, ascii = false) {
    const socket = this.res.socket;
    if (this.direct && socket && !socket.destroyed) {
      const bytes = ascii ? text.length : Buffer.byteLength(text);
      socket.write(`${bytes.toString(16)}\r\n${text}\r\n`);
    } else if (!this.direct) {
      this.res.write(text);
    }
  }

  /** Writes the last events and ends the response. */
  end(text: string) {
    this.write(text);
    this.res.end();
  }
}
