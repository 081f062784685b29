// Keys as terminals send them: arrows and Home/End in both cursor modes (`ESC [ A`, `ESC O A`),
// PgUp/PgDn, the mouse wheel (SGR and X10 reporting), Enter, Backspace, Ctrl-C, printable
// characters. Bracketed paste is read and dropped: pasted text is not a run of commands.

/** The keys that are not characters. */
export type NamedKey = 'up' | 'down' | 'left' | 'right' | 'pageup' | 'pagedown' | 'home' | 'end' | 'enter' | 'escape' | 'backspace' | 'tab' | 'ctrl-c' | 'wheelup' | 'wheeldown';

/** A key the reader acts on. */
export type Key = { readonly name: NamedKey } | { readonly name: 'char'; readonly char: string };

/** CSI `ESC [ params final`, with the private `<` of SGR mouse reports. */
const CSI = /^\u001b\[([<0-9;]*)([@-~])/;
/** SS3 `ESC O final`: the cursor keys in application mode. */
const SS3 = /^\u001bO([A-Za-z])/;

/** What a CSI or SS3 final character means for the cursor keys. */
const FINALS: Record<string, NamedKey> = { A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end' };
/** What `ESC [ n ~` means. */
const TILDES: Record<string, NamedKey> = { '1': 'home', '7': 'home', '4': 'end', '8': 'end', '5': 'pageup', '6': 'pagedown' };

/** Turns the bytes a terminal sends into keys; a sequence split across reads is kept until it ends. */
export class KeyDecoder {
  private pending = '';
  private pasting = false;

  /** The keys in this chunk of input (and any left from the last). */
  feed(data: string): Key[] {
    let text = this.pending + data;
    this.pending = '';
    const keys: Key[] = [];
    while (text.length > 0) {
      if (this.pasting) {
        const end = text.indexOf('\u001b[201~');
        if (end === -1) return keys;
        this.pasting = false;
        text = text.slice(end + 6);
        continue;
      }
      if (text[0] === '\u001b') {
        const consumed = this.escape(text, keys);
        if (consumed === 0) {
          // An unfinished sequence: wait for the rest, unless a lone ESC is all there is.
          if (text === '\u001b') keys.push({ name: 'escape' });
          else this.pending = text;
          return keys;
        }
        text = text.slice(consumed);
        continue;
      }
      const ch = String.fromCodePoint(text.codePointAt(0)!);
      text = text.slice(ch.length);
      const key = plainKey(ch);
      if (key) keys.push(key);
    }
    return keys;
  }

  /** Reads one escape sequence at the start of text into keys; returns its length, or 0 when it is not finished. */
  private escape(text: string, keys: Key[]): number {
    if (text.startsWith('\u001b[M')) {
      // X10 mouse: ESC [ M and three bytes, the first the button + 32 (wheel: 64 and 65).
      if (text.length < 6) return 0;
      const button = text.charCodeAt(3) - 32;
      if (button === 64) keys.push({ name: 'wheelup' });
      else if (button === 65) keys.push({ name: 'wheeldown' });
      return 6;
    }
    const csi = CSI.exec(text);
    if (csi) {
      const [whole, params, final] = csi as unknown as [string, string, string];
      if (final === '~' && params === '200') this.pasting = true;
      else if (params.startsWith('<') && (final === 'M' || final === 'm')) {
        const button = Number(params.slice(1).split(';')[0]);
        if (final === 'M' && button === 64) keys.push({ name: 'wheelup' });
        else if (final === 'M' && button === 65) keys.push({ name: 'wheeldown' });
      } else if (final === '~') {
        const name = TILDES[params.split(';')[0] ?? ''];
        if (name) keys.push({ name });
      } else {
        const name = FINALS[final];
        if (name) keys.push({ name });
      }
      return whole.length;
    }
    const ss3 = SS3.exec(text);
    if (ss3) {
      const name = FINALS[ss3[1]!];
      if (name) keys.push({ name });
      return ss3[0].length;
    }
    if (/^\u001b(?:\[[<0-9;]*|O)?$/.test(text)) return 0;
    // ESC and another key (Alt, or Esc pressed before it): Esc, then that key.
    keys.push({ name: 'escape' });
    return 1;
  }
}

/** A key from one character: Enter, Backspace, Tab, Ctrl-C, or a printable character; null for other controls. */
function plainKey(ch: string): Key | null {
  if (ch === '\r' || ch === '\n') return { name: 'enter' };
  if (ch === '\u007f' || ch === '\b') return { name: 'backspace' };
  if (ch === '\t') return { name: 'tab' };
  if (ch === '\u0003') return { name: 'ctrl-c' };
  const code = ch.codePointAt(0)!;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return null;
  return { name: 'char', char: ch };
}
