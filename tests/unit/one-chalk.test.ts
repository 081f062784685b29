import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/run.js';

describe('one copy of chalk decides colour', () => {
  it('marked-terminal resolves the same chalk as kara-news, so setting its level reaches it', () => {
    const ours = createRequire(`${root}package.json`).resolve('chalk');
    const markedTerminalDir = dirname(createRequire(`${root}package.json`).resolve('marked-terminal'));
    const theirs = createRequire(`${markedTerminalDir}/index.js`).resolve('chalk');
    expect(theirs).toBe(ours);
  });
});
