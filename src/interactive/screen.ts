// Draws frames on the terminal, writing only the rows that changed since the last frame.

/** The rows last drawn, and how to draw the next frame over them. */
export class Screen {
  private shown: string[] = [];

  constructor(private readonly write: (text: string) => void) {}

  /** Forgets what is on the screen (after a resize), so the next frame is drawn whole. */
  invalidate(): void {
    this.shown = [];
    this.write('\u001b[2J');
  }

  /** Draws a frame: each row that differs is rewritten in place, its styles reset after it. */
  draw(rows: readonly string[]): void {
    let out = '';
    rows.forEach((row, i) => {
      if (this.shown[i] === row) return;
      out += `\u001b[${i + 1};1H\u001b[0m\u001b[2K${row}\u001b[0m`;
    });
    for (let i = rows.length; i < this.shown.length; i++) out += `\u001b[${i + 1};1H\u001b[2K`;
    this.shown = [...rows];
    if (out !== '') this.write(out);
  }
}
