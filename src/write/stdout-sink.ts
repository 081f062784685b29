import type { OutputStream } from './output-stream.js';
import type { Sink } from './sink.js';

/** A sink over an output stream, and how to finish with it. */
export interface StreamSink extends Sink {
  /** Resolves once everything written is flushed, or the reader has gone; rejects on a real write error. */
  finish(): Promise<void>;
}

/**
 * Wraps stdout so that a reader closing the pipe early (`| head -1`) ends output quietly
 * instead of an unhandled EPIPE error event, while any other write error is reported.
 */
export function streamSink(stream: OutputStream): StreamSink {
  let closed = false;
  let failure: Error | null = null;
  const onError = (err: NodeJS.ErrnoException): void => {
    if (err.code === 'EPIPE') closed = true;
    else failure = err;
  };
  stream.on('error', onError);
  return {
    write(text: string): void {
      if (!closed && failure === null) stream.write(text);
    },
    finish(): Promise<void> {
      return new Promise((resolve, reject) => {
        // The error listener stays: a reader can still close the pipe after we are done.
        const done = (): void => {
          if (failure) reject(failure);
          else resolve();
        };
        // An empty write's callback runs after everything queued before it has been handled; a
        // stream's error event may follow it in the same turn, a synchronous writer's cannot.
        if (closed || failure) done();
        else stream.write('', () => (stream.writesSynchronously ? done() : setImmediate(done)));
      });
    },
  };
}
