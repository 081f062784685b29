// Writes dist/kara-news.1 from the commander program that --help prints, so the man page and
// --help never disagree. Run by scripts/build.mjs (bundled with esbuild first).
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { buildProgram, READ_EXAMPLES } from '../src/cli/program.js';
import { EXIT_CODE_MEANINGS } from '../src/errors.js';
import { VERSION } from '../src/version.js';

/** Text made safe for roff: backslashes, leading dots and quotes, hyphens in flags. */
const roff = (text: string): string => text.replace(/\\/g, '\\e').replace(/^([.'])/gm, '\\&$1').replace(/-/g, '\\-');

/** A command's options as tagged paragraphs. */
function options(cmd: Command): string {
  return cmd.options
    .map((o) => {
      const choices = o.argChoices ? ` (${o.argChoices.join(', ')})` : '';
      return `.TP\n.B ${roff(o.flags)}\n${roff(o.description + choices)}`;
    })
    .join('\n');
}

const program = buildProgram({ writeOut: () => {}, writeErr: () => {} }, () => {});
const commands = program.commands;
const examples = READ_EXAMPLES.trim().split('\n').slice(1);
const date = new Date().toISOString().slice(0, 10);

const page = `.TH KARA-NEWS 1 "${date}" "kara-news ${VERSION}" "User Commands"
.SH NAME
kara-news \\- ${roff(program.description())}
.SH SYNOPSIS
${commands.map((c) => `.B kara-news ${c.name()}\n${roff(c.usage())}`).join('\n.br\n')}
.SH DESCRIPTION
${roff(program.description())}
In a terminal the article is styled and paged when taller than the screen; piped or redirected it is plain text, one paragraph per line.
.SH COMMANDS
${commands.map((c) => `.SS ${c.name()}\n${roff(c.description())}\n${options(c)}`).join('\n')}
.SH EXAMPLES
.nf
${examples.map((line) => roff(line.trim())).join('\n')}
.fi
.SH EXIT STATUS
${Object.entries(EXIT_CODE_MEANINGS)
  .map(([code, meaning]) => `.TP\n.B ${code}\n${roff(meaning)}`)
  .join('\n')}
.SH ENVIRONMENT
.TP
.B NO_COLOR
Any non\\-empty value turns colour off (as does
.BR TERM=dumb ).
.TP
.B FORCE_COLOR
0 turns colour off; 1, 2 or 3 force it on at that depth, even into a pipe. \\-\\-color and \\-\\-no\\-color win over both.
.TP
.B KARA_NEWS_PAGER\\fR, \\fBPAGER
The pager for long output, in that order; the default is
.BR "less \\-FRX" .
An empty value turns paging off.
.TP
.B COLORFGBG
Chooses the light or dark theme with \\-\\-theme auto.
.TP
.B COLUMNS
The width when the terminal does not say.
.TP
.B KARA_NEWS_DEBUG
Shows a stack trace for an internal error.
.SH SECURITY
Control characters and bidi overrides in articles are shown visibly and never reach the terminal; a link always shows its real target beside text that differs. See SECURITY.md in the package.
.SH SEE ALSO
.BR less (1)
`;

writeFileSync('dist/kara-news.1', page);
