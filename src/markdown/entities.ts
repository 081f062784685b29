import { neutraliseControls } from './controls.js';

/** An entity decoder: HTML text in, characters out. */
type Decoder = (text: string) => string;

/** A character reference: `&amp;`, `&#169;`, `&#xA9;`. */
const REFERENCE = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);?/i;

let decoder: Decoder | null = null;

/**
 * Loads the full HTML entity decoder (the `entities` package, 40 KB of tables) when `text` holds
 * a character reference; text without one never pays for it. Call before rendering the text.
 */
export async function prepareEntities(text: string): Promise<void> {
  if (decoder || !REFERENCE.test(text)) return;
  const { decodeHTML } = await import('entities');
  decoder = decodeHTML;
}

/**
 * Decodes HTML character references in text; prepareEntities must have seen the document first.
 * What they decode to is made inert like any other article text (`&#27;` must not become ESC).
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  if (decoder) return neutraliseControls(decoder(text));
  if (!REFERENCE.test(text)) return text;
  throw new Error('decodeEntities called before prepareEntities saw the text');
}
