import { describe, expect, it } from 'vitest';
import { conventionalArgv, VALUE_OPTIONS } from '../../src/cli/conventions.js';
import { buildProgram } from '../../src/cli/program.js';

describe('command lines in the ecosystem\'s conventions', () => {
  const none = (): boolean => false;

  it('knows every option that takes a value, so its value is never taken for the article', () => {
    const program = buildProgram({ writeOut: () => {}, writeErr: () => {} }, () => {});
    const taking = program.commands.flatMap((cmd) => cmd.options.filter((o) => o.required || o.optional).flatMap((o) => [o.short, o.long].filter((f): f is string => Boolean(f))));
    expect([...new Set(taking)].sort()).toEqual([...VALUE_OPTIONS].sort());
  });

  it('reads what names an article, leaves commands and unknown words to the parser', () => {
    expect(conventionalArgv(['notes.md'], none)).toEqual(['read', 'notes.md']);
    expect(conventionalArgv(['--width', '40', 'notes.md'], none)).toEqual(['read', '--width', '40', 'notes.md']);
    expect(conventionalArgv(['NEWS'], (p) => p === 'NEWS')).toEqual(['read', 'NEWS']);
    expect(conventionalArgv(['raed'], none)).toEqual(['raed']);
    expect(conventionalArgv(['--plain', 'read', 'x.md'], none)).toEqual(['read', '--plain', 'x.md']);
    expect(conventionalArgv(['read', '--find', '--color=never'], none)).toEqual(['read', '--find', '--color=never']);
  });
});
