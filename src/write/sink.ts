/** Where renderers put their output; never process.stdout directly. */
export interface Sink {
  write(text: string): void;
}

/** A sink that keeps everything written to it, for tests and for measuring output. */
export class StringSink implements Sink {
  private chunks: string[] = [];
  /** Appends text. */
  write(text: string): void {
    this.chunks.push(text);
  }
  /** Everything written so far. */
  toString(): string {
    return this.chunks.join('');
  }
}
