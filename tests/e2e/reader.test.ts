import { chmodSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bin, cleanEnv, fixture, itNeeds, root, runBin, runPty, visible } from '../helpers/run.js';

const scratch = mkdtempSync(join(tmpdir(), 'kara-reader-'));

/** A fake pager, as bat's tests use: it marks what it was given, so a test can see it ran. */
function fakePager(name: string, body: string): string {
  const path = join(scratch, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}
const marking = fakePager('mark-pager', 'echo "PAGER-START $*"; cat; echo "PAGER-END"');

/** Runs kara-news in a pseudo-terminal of the given size. */
function inTerminal(args: string[], env: Record<string, string>, rows = 10): string {
  const quoted = [process.execPath, bin, ...args].map((a) => `'${a}'`).join(' ');
  const r = spawnSync('script', ['-qec', `stty cols 80 rows ${rows}; ${quoted}; echo "EXIT=$?"`, '/dev/null'], { env: cleanEnv({ TERM: 'xterm-256color', ...env }), cwd: root, encoding: 'utf8', timeout: 15_000 });
  return r.stdout.replace(/\r\n/g, '\n');
}

describe('paging', () => {
  it('pages output taller than the terminal through KARA_NEWS_PAGER, then PAGER', () => {
    expect(inTerminal(['read'], { KARA_NEWS_PAGER: marking })).toMatch(/PAGER-START \n[\s\S]*Azerbaijan Respects[\s\S]*PAGER-END\nEXIT=0/);
    expect(inTerminal(['read'], { PAGER: marking })).toContain('PAGER-START');
    expect(inTerminal(['read'], { PAGER: marking, KARA_NEWS_PAGER: '' })).not.toContain('PAGER-START');
  });

  it('does not page what fits, what is piped, or with --no-pager / --paging never', () => {
    expect(inTerminal(['read', '--sections'], { KARA_NEWS_PAGER: marking })).not.toContain('PAGER-START');
    expect(runBin(['read'], { env: { KARA_NEWS_PAGER: marking } }).stdout).not.toContain('PAGER-START');
    expect(inTerminal(['read', '--no-pager'], { KARA_NEWS_PAGER: marking })).not.toContain('PAGER-START');
    expect(inTerminal(['read', '--paging', 'never'], { KARA_NEWS_PAGER: marking })).not.toContain('PAGER-START');
    expect(inTerminal(['read', '--sections', '--paging', 'always'], { KARA_NEWS_PAGER: marking })).toContain('PAGER-START');
  });

  it('prints to stdout when the pager cannot start, and quitting the pager early is not an error', () => {
    const missing = inTerminal(['read'], { KARA_NEWS_PAGER: join(scratch, 'no-such-pager') });
    expect(missing).toContain('Azerbaijan Respects Freedom');
    expect(missing).toMatch(/EXIT=0$/m);
    const quitter = fakePager('quit-pager', 'head -n 1 > /dev/null');
    const quit = inTerminal(['read'], { KARA_NEWS_PAGER: quitter });
    expect(quit).toMatch(/EXIT=0/);
    expect(quit).not.toMatch(/EPIPE|Error|at /);
  });

  itNeeds('less')('passes colour to the default less -FRX', () => {
    // A short text goes straight through less (-F) with its colours intact (-R).
    const out = inTerminal(['read', '--sections', '--paging', 'always'], {});
    expect(out).toMatch(/\u001b\[/);
    expect(visible(out)).toContain('Azerbaijan Respects Freedom');
  });
});

describe('finding things', () => {
  it('--find: `<section>:<paragraph>: <sentence>` per matching sentence, any case; exit 1 when none', () => {
    expect(runBin(['read', '--find', 'FIVE TO SIX'])).toEqual({
      stdout: '2:2: Addressing concerns raised by Armenia, Hajiyev stated that Azerbaijan had detained “five to six” individuals accused of war crimes, clarifying that civilians were free to choose their place of residence.\n',
      stderr: '',
      code: 0,
    });
    expect(runBin(['read', '--find', 'hajiyev']).stdout.split('\n').filter(Boolean).map((l) => l.split(': ')[0])).toEqual(['1:2', '1:2', '1:3', '2:2']);
    expect(runBin(['read', '--find', 'zebra'])).toEqual({ stdout: '', stderr: "kara-news: no sentence matches 'zebra'\n", code: 1 });
  });

  it('--regex takes a pattern; a bad one is a usage error; --section narrows', () => {
    expect(runBin(['read', '--find', 'Ba(ku|KU)', '--regex']).stdout.split('\n').filter(Boolean)).toHaveLength(3);
    expect(runBin(['read', '--find', '(', '--regex']).code).toBe(64);
    expect(runBin(['read', '--regex']).code).toBe(64);
    expect(runBin(['read', '--find', 'hajiyev', '--section', '2']).stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('--find in a terminal: grouped under section headings, the match highlighted', () => {
    const out = runPty(['read', '--find', 'five to six', '--no-pager'], { columns: 100 }).stdout;
    expect(visible(out)).toMatch(/^2 {2}Azerbaijan Respects Freedom and Choice of Inhabitants\n¶2 {4}Addressing concerns/m);
    expect(out).toMatch(/\u001b\[[0-9;]*mfive to six\u001b\[/);
  });

  it('--lede: title, byline and the first paragraph only', () => {
    const lede = runBin(['read', '--lede']).stdout;
    expect(lede.split('\n\n')).toEqual(['Azerbaijan Denies Ethnic Cleansing in Nagorno-Karabakh', '1 October 2023 · BAKU', expect.stringMatching(/^BAKU: Azerbaijan has vehemently denied .* decisive defeat\.\n$/)]);
    expect(JSON.parse(runBin(['read', '--lede', '--json']).stdout).paragraphs).toHaveLength(1);
    expect(runBin(['read', '--lede', '--sections']).code).toBe(64);
  });
});

describe('fitting the shell', () => {
  const pathDir = mkdtempSync(join(tmpdir(), 'kara-path-'));
  symlinkSync(bin, join(pathDir, 'kara-news'));
  const shellEnv = { PATH: `${pathDir}:${process.env['PATH'] ?? ''}` };

  it('bash completion loads, and completes commands, flags, choices, slugs and sections', () => {
    const script = `source <(kara-news completion bash)
complete -p kara-news
comp() { COMP_WORDS=("$@"); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); _kara_news; echo "\${COMPREPLY[*]}"; }
comp kara-news ''
comp kara-news read --sec
comp kara-news read --theme ''
comp kara-news read azer
comp kara-news read --section ''`;
    const r = spawnSync('bash', ['-c', script], { env: cleanEnv(shellEnv), cwd: root, encoding: 'utf8' });
    expect(r.stdout.split('\n')).toEqual([
      'complete -o filenames -F _kara_news kara-news',
      'read list feeds news save search completion --help --version',
      '--sections --section',
      'auto dark light',
      'azerbaijan-denies-ethnic-cleansing',
      '1 azerbaijan-denies-ethnic-cleansing-in-nagorno-karabakh 2 azerbaijan-respects-freedom-and-choice-of-inhabitants',
      '',
    ]);
  });

  it.each(['bash', 'zsh', 'fish'])('the %s script offers every flag --help lists', (shell) => {
    const script = runBin(['completion', shell]).stdout;
    const help = runBin(['read', '--help']).stdout;
    for (const flag of help.match(/--[a-z-]+/g) ?? []) expect(script).toContain(flag.replace(/^--/, shell === 'fish' ? '-l ' : '--'));
  });

  for (const shell of ['zsh', 'fish']) {
    itNeeds(shell)(`the ${shell} script parses in ${shell} itself`, () => {
      const file = join(scratch, `completion.${shell}`);
      writeFileSync(file, runBin(['completion', shell]).stdout);
      const r = spawnSync(shell, ['-n', file], { encoding: 'utf8' });
      expect([r.status, r.stderr]).toEqual([0, '']);
    });
  }

  /** A Markdown file whose sections are not the bundled article's, to see which article is completed. */
  const guide = fixture('docs/guide.md');
  const guideSections = () => (JSON.parse(runBin(['read', guide, '--sections', '--json']).stdout) as { sections: { number: number; slug: string }[] }).sections.flatMap((s) => [String(s.number), s.slug]);

  itNeeds('fish')('fish completes flags, choices and sections with the script loaded', () => {
    const r = spawnSync('fish', ['-c', 'kara-news completion fish | source; complete -C "kara-news read --theme "; complete -C "kara-news read --section "'], { env: cleanEnv(shellEnv), cwd: root, encoding: 'utf8' });
    // fish sorts candidates itself; what matters is which are offered.
    const offered = r.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0]);
    expect(new Set(offered)).toEqual(new Set(['auto', 'dark', 'light', '1', '2', 'azerbaijan-denies-ethnic-cleansing-in-nagorno-karabakh', 'azerbaijan-respects-freedom-and-choice-of-inhabitants']));
  });

  it('bash completes the sections of the article named, past flags that take a value', () => {
    const script = `source <(kara-news completion bash)
COMP_WORDS=(kara-news read -w 72 --find "a b" ${guide} --section ''); COMP_CWORD=8; _kara_news; echo "\${COMPREPLY[*]}"`;
    const r = spawnSync('bash', ['-c', script], { env: cleanEnv(shellEnv), cwd: root, encoding: 'utf8' });
    expect(r.stdout.trim().split(' ')).toEqual(guideSections());
  });

  itNeeds('fish')('fish completes the sections of the article named, past flags that take a value', () => {
    const r = spawnSync('fish', ['-c', `kara-news completion fish | source; complete -C "kara-news read --width 72 ${guide} --section "`], { env: cleanEnv(shellEnv), cwd: root, encoding: 'utf8' });
    expect(new Set(r.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0]))).toEqual(new Set(guideSections()));
  });

  /**
   * What an interactive zsh shows after a command line and Tab, escapes taken out: zsh in a
   * pseudo-terminal (zsh/zpty), where Tab runs the completion system with the script loaded.
   */
  const zshTab = (line: string, env: Record<string, string>): string => {
    const driver = `zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "autoload -Uz compinit; compinit -u; source <(kara-news completion zsh); zstyle ':completion:*' list-rows-first true; PS1='> '"
sleep 1
zpty -w -n z "${line}"$'\t'
sleep 2
out=""
while zpty -r -t z chunk; do out+=$chunk; done
print -r -- "$out"
zpty -d z`;
    const r = spawnSync('zsh', ['-f', '-c', driver], { env: cleanEnv(env), cwd: root, encoding: 'utf8', timeout: 20_000 });
    return r.stdout.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
  };

  itNeeds('zsh')('zsh completes the sections of the article named, past flags that take a value, at a real prompt', () => {
    const shown = zshTab(`kara-news read --width 72 ${guide} --section `, shellEnv);
    for (const ref of guideSections().filter((s) => !/^\d+$/.test(s))) expect(shown).toContain(ref);
    expect(shown).not.toContain('azerbaijan-respects-freedom');
  }, 30_000);

  // A store that follows two feeds, one named with a space: `news --feed` and `feeds remove` complete their names.
  const followingHome = mkdtempSync(join(tmpdir(), 'kara-completion-home-'));
  writeFileSync(
    join(followingHome, 'feeds.opml'),
    '<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body><outline text="World Desk" type="rss" xmlUrl="http://127.0.0.1:9/world.rss"/><outline text="Tech" type="rss" xmlUrl="http://127.0.0.1:9/tech.atom"/></body></opml>\n',
  );
  const followingEnv = { ...shellEnv, KARA_NEWS_HOME: followingHome };

  it('bash completes the followed feeds after news --feed and feeds remove, a name with a space as one word', () => {
    const script = `source <(kara-news completion bash)
comp() { COMP_WORDS=("$@"); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); _kara_news; printf '[%s]' "\${COMPREPLY[@]}"; echo; }
comp kara-news news --feed ''
comp kara-news news --feed Wo
comp kara-news feeds remove ''
comp kara-news feeds ''`;
    const r = spawnSync('bash', ['-c', script], { env: cleanEnv(followingEnv), cwd: root, encoding: 'utf8' });
    expect(r.stdout.split('\n')).toEqual(['[World Desk][Tech]', '[World Desk]', '[World Desk][Tech]', '[list][add][import][export][remove]', '']);
  });

  itNeeds('fish')('fish completes the followed feeds after news --feed and feeds remove, and the actions only once', () => {
    const r = spawnSync('fish', ['-c', 'kara-news completion fish | source; complete -C "kara-news news --feed "; echo ---; complete -C "kara-news feeds remove "'], { env: cleanEnv(followingEnv), cwd: root, encoding: 'utf8' });
    const [feed, remove] = r.stdout.split('---\n').map((part) => new Set(part.split('\n').filter(Boolean).map((l) => l.split('\t')[0])));
    expect(feed).toEqual(new Set(['World Desk', 'Tech']));
    expect(remove).toEqual(new Set(['World Desk', 'Tech']));
  });

  itNeeds('zsh')('zsh completes a followed feed after news --feed at a real prompt, its space escaped', () => {
    expect(zshTab('kara-news news --feed Wo', followingEnv)).toContain('kara-news news --feed World\\ Desk');
  }, 30_000);

  it('the man page is generated from the same source as --help: every command and flag is in it', () => {
    const man = readFileSync(join(root, 'dist', 'kara-news.1'), 'utf8').replace(/\\-/g, '-');
    for (const command of ['read', 'list', 'completion']) {
      expect(man).toContain(`.SS ${command}`);
      for (const flag of runBin([command, '--help']).stdout.match(/--[a-z-]+/g) ?? []) if (flag !== '--help') expect(man).toContain(flag);
    }
    expect(man).toMatch(/\.SH EXIT STATUS[\s\S]*\.B 64/);
  });

  it('--help of each command ends with real examples; --version prints the version', () => {
    for (const command of ['read', 'list', 'completion']) expect(runBin([command, '--help']).stdout).toMatch(/Examples:\n {2}(source <\()?kara-news [\s\S]*\n$/);
    expect(runBin(['--version']).stdout).toBe(`kara-news ${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`);
  });

  it('--theme light and dark use different colours; every colour comes from the one theme', () => {
    const dark = runBin(['read', '--sections', '--color', '--theme', 'dark']).stdout;
    const light = runBin(['read', '--sections', '--color', '--theme', 'light']).stdout;
    expect(dark).not.toBe(light);
    expect(visible(dark)).toBe(visible(light));
    expect(runBin(['read', '--sections', '--color'], { env: { COLORFGBG: '0;15' } }).stdout).toBe(light);
  });
});
