/** kara-news's own styling: SGR colour sequences and OSC 8 hyperlinks with printable-ASCII URLs. */
const OWN_SEQUENCES = /\u001b\[[0-9;]*m|\u001b\]8;;[\x21-\x7e]*\u001b\\/g;

/** What may never reach a terminal from an article: ESC, C1 controls, other C0 controls, bidi controls. */
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The first character in output that is not ours to send (after removing our own sequences), or null. */
export function uncontrolledEscape(output: string): string | null {
  const m = FORBIDDEN.exec(output.replace(OWN_SEQUENCES, ''));
  return m ? `U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${m.index}` : null;
}
