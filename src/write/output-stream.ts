/** Where output goes: what kara-news needs of process.stdout (a test passes a PassThrough). */
export interface OutputStream {
  write(text: string | Uint8Array, callback?: (err?: Error | null) => void): boolean;
  on(event: 'error', listener: (err: Error) => void): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
  readonly rows?: number;
  /** True when write() is done with the bytes (or has failed) before it returns: nothing is left to flush. */
  readonly writesSynchronously?: boolean;
}
