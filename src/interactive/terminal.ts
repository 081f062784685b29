// The terminal for the full-screen reader: into the alternate screen with raw input, mouse wheel
// and bracketed paste on and the cursor hidden; and back, always, exactly once, whatever ends it.

/** What the reader needs of the terminal's input: a TTY stream it can put in raw mode. */
export interface KeyInput {
  setRawMode(raw: boolean): unknown;
  setEncoding(encoding: 'utf8'): unknown;
  on(event: 'data', listener: (data: string) => void): unknown;
  off(event: 'data', listener: (data: string) => void): unknown;
  resume(): unknown;
  pause(): unknown;
}

/** What the reader needs of the terminal's output. */
export interface ScreenOutput {
  write(text: string): unknown;
  readonly columns?: number;
  readonly rows?: number;
  on?(event: 'resize', listener: () => void): unknown;
  off?(event: 'resize', listener: () => void): unknown;
}

/** Alternate screen, hidden cursor, wheel reports (SGR), bracketed paste. */
const ENTER = '\u001b[?1049h\u001b[?25l\u001b[?1000h\u001b[?1006h\u001b[?2004h\u001b[2J';
/** Everything ENTER turned on, turned off: styles reset, the cursor shown, the normal screen back. */
const LEAVE = '\u001b[?2004l\u001b[?1006l\u001b[?1000l\u001b[0m\u001b[?25h\u001b[?1049l';

/** The terminal while the reader runs. */
export class Terminal {
  private entered = false;

  constructor(
    private readonly input: KeyInput,
    private readonly output: ScreenOutput,
  ) {}

  /** Columns and rows, at least 1 each. */
  size(): { columns: number; rows: number } {
    return { columns: Math.max(1, this.output.columns ?? 80), rows: Math.max(1, this.output.rows ?? 24) };
  }

  /** Takes over the terminal. */
  enter(onData: (data: string) => void): void {
    this.input.setRawMode(true);
    this.input.setEncoding('utf8');
    this.input.on('data', onData);
    this.input.resume();
    this.output.write(ENTER);
    this.entered = true;
    this.onData = onData;
  }

  private onData: ((data: string) => void) | null = null;

  /** Writes to the screen. */
  write(text: string): void {
    this.output.write(text);
  }

  /** Gives the terminal back as it was: safe to call more than once, and from any exit path. */
  leave(): void {
    if (!this.entered) return;
    this.entered = false;
    this.output.write(LEAVE);
    if (this.onData) this.input.off('data', this.onData);
    try {
      this.input.setRawMode(false);
    } catch {
      // The terminal is gone (SIGHUP): nothing to restore on it.
    }
    this.input.pause();
  }
}

/** Signals that end a full-screen view, with the terminal given back first. */
export type EndingSignal = 'SIGTERM' | 'SIGHUP' | 'SIGINT';

/** What a full-screen view listens to while it has the terminal. */
export interface ViewHooks {
  readonly output: ScreenOutput;
  readonly on: (event: EndingSignal, listener: () => void) => unknown;
  readonly off: (event: EndingSignal, listener: () => void) => unknown;
}

/**
 * Takes the terminal for a view: keys to `onData`, resizes to `onResize`, and each ending signal
 * to `onSignal`; returns what gives it all back (the terminal restored, every listener removed),
 * safe to call from any way out.
 */
export function takeTerminal(terminal: Terminal, hooks: ViewHooks, onData: (data: string) => void, onResize: () => void, onSignal: (signal: EndingSignal) => void): () => void {
  const signals = (['SIGTERM', 'SIGHUP', 'SIGINT'] as const).map((sig) => [sig, () => onSignal(sig)] as const);
  const giveBack = (): void => {
    terminal.leave();
    hooks.output.off?.('resize', onResize);
    for (const [sig, listener] of signals) hooks.off(sig, listener);
  };
  terminal.enter(onData);
  hooks.output.on?.('resize', onResize);
  for (const [sig, listener] of signals) hooks.on(sig, listener);
  return giveBack;
}
