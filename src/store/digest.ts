// A sha256 of text, in hex: what names each feed's files, tells one list from another and keys
// the quotes cache. node:crypto costs 4 ms to load on Node 20, so it loads on first use: `read 3`
// and a kept `news --offline` never need it.
import { createRequire } from 'node:module';

/** node:crypto, loaded on first use (process.getBuiltinModule is Node 20.16 and later). */
const crypto = (): typeof import('node:crypto') => process.getBuiltinModule?.('node:crypto') ?? createRequire(import.meta.url || __filename)('node:crypto');

/** The first `length` hex digits of the sha256 of `text`. */
export const sha256 = (text: string, length: number): string => crypto().createHash('sha256').update(text).digest('hex').slice(0, length);
