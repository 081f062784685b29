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
// The examples closing `news --help` and `feeds --help`, as the man page's second set.
const followExamples = ['news', 'feeds']
  .flatMap((name) => {
    const cmd = commands.find((c) => c.name() === name);
    let text = '';
    cmd?.configureOutput({ writeOut: (t) => (text += t), writeErr: () => {} });
    cmd?.outputHelp();
    return text.split('\nExamples:\n')[1]?.trimEnd().split('\n') ?? [];
  });
const date = new Date().toISOString().slice(0, 10);

const page = `.TH KARA-NEWS 1 "${date}" "kara-news ${VERSION}" "User Commands"
.SH NAME
kara-news \\- ${roff(program.description())}
.SH SYNOPSIS
${commands.map((c) => `.B kara-news ${c.name()}\n${roff(c.usage())}`).join('\n.br\n')}
.SH DESCRIPTION
${roff(program.description())}
In a terminal the article is styled and paged when taller than the screen; piped or redirected it is plain text, one paragraph per line.
A path, a web address or \\- where a command goes reads it:
.B kara-news README.md
is
.BR "kara-news read README.md" .
.B kara-news help
.I command
shows a command's options; alone, kara-news prints a short usage.
Front matter may be YAML (between \\-\\-\\- lines) or TOML (between +++ lines, as Hugo writes it); several authors (a list, or an authors key) make one byline.
.SH INTERACTIVE READER
.B kara-news read \\-i
opens the article full screen. Keys: \\(da \\(ua j k and the mouse wheel scroll; PgDn PgUp space b scroll a screen; g G the top and the end; ] [ the next and previous section; t the contents (\\(da \\(ua Enter jump, t or Esc close); / text Enter search, n N the next and previous match; w who said what (Enter goes to the statement); ? the keys; q or Ctrl\\-C quit.
The terminal is restored on quit, Ctrl\\-C, SIGTERM and SIGHUP. Without a terminal, or with TERM=dumb, \\-i is a usage error (64).
.SH FOLLOWING THE NEWS
.B kara-news feeds add
.I URL
follows a feed (RSS, Atom or JSON Feed), or a site by the feed its page announces;
.B kara-news news
fetches every feed (conditionally, six at a time) and lists the stories, newest first, numbered;
.B kara-news read
.I N
reads story N of the last list in full, from its page (else the feed's own text, with a warning), and marks it read;
.B kara-news save
.I N
keeps it in the library as Markdown;
.B kara-news search
finds sentences, or with \-\-speaker statements, across saved and stored stories.
.B news \-i
shows the list full screen: Enter reads a story and q comes back; r refreshes, u unread only, s saves, o opens $BROWSER, y copies the address (OSC 52).
.SH COMMANDS
${commands.map((c) => `.SS ${c.name()}\n${roff(c.description())}\n${options(c)}`).join('\n')}
.SH EXAMPLES
.nf
${[...examples, ...followExamples].map((line) => roff(line.trim())).join('\n')}
.fi
.SH EXIT STATUS
${Object.entries(EXIT_CODE_MEANINGS)
  .map(([code, meaning]) => `.TP\n.B ${code}\n${roff(meaning)}`)
  .join('\n')}
.SH ENVIRONMENT
Colour, strongest first: \\-\\-color and \\-\\-no\\-color (or \\-\\-color=always|never|auto), FORCE_COLOR, NO_COLOR, CLICOLOR_FORCE, then CLICOLOR=0 and TERM=dumb, then whether standard output is a terminal.
.TP
.B FORCE_COLOR
0 turns colour off; 1, 2 or 3 force it on at that depth, even into a pipe.
.TP
.B NO_COLOR
Any non\\-empty value turns colour off.
.TP
.B CLICOLOR_FORCE\\fR, \\fBCLICOLOR
CLICOLOR_FORCE set and not 0 forces colour on, even into a pipe; CLICOLOR=0 turns it off (the BSD convention).
.TP
.B TERM
.B dumb
turns colour off, and output is never paged.
.TP
.B KARA_NEWS_PAGER\\fR, \\fBPAGER
The pager for long output, in that order; the default is
.BR "less \\-FRX" .
An empty value turns paging off.
.TP
.B LESS
When unset, the pager is started with LESS=FRX, as git does, so a PAGER of
.B less \\-S
still shows colours.
.TP
.B COLORFGBG
Chooses the light or dark theme with \\-\\-theme auto.
.TP
.B COLUMNS
The width when the terminal does not say.
.TP
.B KARA_NEWS_DEBUG
Shows a stack trace for an internal error.
.TP
.B KARA_NEWS_HOME\fR, \fBXDG_DATA_HOME
Where feeds, stored stories and the library live: $KARA_NEWS_HOME, else $XDG_DATA_HOME/kara\-news, else ~/.local/share/kara\-news.
.TP
.B BROWSER
The program news \-i's o key opens a story's address with; else xdg\-open (open on macOS).
.SH FILES
Under the folder above:
.TP
.B feeds.opml
The subscriptions, OPML 2.0, which a person may edit.
.TP
.B stories/\fR, \fBcontent/
One file per feed: its fetch state and stories with their read and saved marks; the text the feed gave of each story.
.TP
.B last\-list.jsonl
The last list printed, which
.BR "read N" " and " "save N"
count in.
.TP
.B library/
One Markdown file per saved story.
.TP
.B cache/
What can be worked out again: the statements found in each story, and the last
.B news \-\-offline
list as printed, printed again while the store is unchanged. Safe to delete.
.PP
Every write is atomic (a temporary file, then rename) and made under a lock file; a damaged file is set aside as
.IR name .damaged\- time
and reported.
.SH SECURITY
Control characters and bidi overrides in articles are shown visibly and never reach the terminal; a link always shows its real target beside text that differs. See SECURITY.md in the package.
.SH SEE ALSO
.BR less (1)
`;

writeFileSync('dist/kara-news.1', page);
