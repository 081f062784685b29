// The command lines read without commander (src/cli/fast-path.ts) must give exactly the request
// commander gives, and everything else must still go to commander.
import { describe, expect, it } from 'vitest';
import { fastRequest, readSwitchTable } from '../../src/cli/fast-path.js';
import { buildProgram, type Request } from '../../src/cli/program.js';
import { switchTable, type SwitchTable } from '../../src/cli/switch-table.js';
import { switchTablePath } from '../../src/paths.js';

const quiet = { writeOut: () => {}, writeErr: () => {} };
const table = switchTable((onRequest) => buildProgram(quiet, onRequest));

/** commander's request for a command line, options as a plain object. */
function commanderRequest(argv: string[]): Request {
  let request: Request | undefined;
  buildProgram(quiet, (r) => (request = r)).exitOverride().parse(argv, { from: 'user' });
  if (request === undefined || request.command !== argv[0] || !('options' in request)) throw new Error(`no ${argv[0]} request for ${argv.join(' ')}`);
  return { ...request, options: { ...request.options } } as Request;
}

describe('command lines without commander', () => {
  it('covers every switch of read, long and short, and gives what commander gives', () => {
    const switches = Object.keys(table.commands.read.switches);
    expect(switches).toEqual(expect.arrayContaining(['--plain', '-p', '--color', '--no-color', '--sections', '-s', '--quotes', '-q', '--lede', '--json', '--no-pager']));
    for (const argv of [['read'], ['read', 'notes.md'], ['read', '-'], ['read', '3'], ...switches.flatMap((s) => [['read', s], ['read', 'notes.md', s], ['read', s, 'notes.md'], ['read', '-', s]])]) {
      expect(fastRequest(argv, () => table), argv.join(' ')).toEqual(commanderRequest(argv));
    }
  });

  it('covers news and list alone or with one switch, as commander reads them', () => {
    expect(Object.keys(table.commands.news.switches)).toEqual(expect.arrayContaining(['--offline', '--unread', '-u', '-i', '--json', '--plain', '--no-pager']));
    for (const command of ['news', 'list'] as const) {
      const switches = Object.keys(table.commands[command].switches);
      expect(switches.length, command).toBeGreaterThan(2);
      for (const argv of [[command], ...switches.map((s) => [command, s])]) {
        const request = fastRequest(argv, () => table);
        expect(request, argv.join(' ')).not.toBeNull();
        expect(request, argv.join(' ')).toEqual(commanderRequest(argv));
      }
    }
  });

  it('leaves news and list with an argument, a value or two switches to commander', () => {
    for (const argv of [['news', 'extra'], ['news', '--limit', '5'], ['news', '--offline', '--unread'], ['news', '-n5'], ['list', 'x'], ['list', '--json', '--color'], ['news', '--since=2d'], ['feeds'], ['search', 'x']]) {
      expect(fastRequest(argv, () => table), argv.join(' ')).toBeNull();
    }
  });

  it('a switch table from an older build, without these commands, leaves every line to commander', () => {
    const old = { defaults: {}, switches: { '--plain': ['plain', true] } } as unknown as SwitchTable;
    expect(fastRequest(['read', '--plain'], () => old)).toBeNull();
    expect(fastRequest(['news'], () => old)).toBeNull();
  });

  it('leaves everything else to commander: values, two switches, help, unknown flags, other commands', () => {
    for (const argv of [
      [], ['read', '--help'], ['read', '-h'], ['--version'], ['read', '--width', '80'], ['read', '--section', '2'],
      ['read', '--color', '--sections'], ['read', '--color', '--color'], ['read', '-ps'], ['read', '--colour'], ['read', '--color=always'],
      ['read', '--', '--color'], ['read', 'a.md', 'b.md'], ['read', '--find', 'x'], ['completion', 'bash'], ['read', '--toString'], ['read', '__proto__', '--constructor'],
    ]) {
      expect(fastRequest(argv, () => table), argv.join(' ')).toBeNull();
    }
  });

  it('reads the table the build wrote, which matches the program', () => {
    expect(readSwitchTable(switchTablePath)).toEqual(table);
    expect(readSwitchTable('/nonexistent/switches.json')).toBeNull();
  });
});
