import type { Command, Option } from 'commander';

import type { Shell } from './program.js';

/** What completion needs to know about one option. */
interface OptionInfo {
  readonly long: string;
  readonly short: string | null;
  readonly description: string;
  readonly takesValue: boolean;
  readonly choices: readonly string[] | null;
}

/** What completion needs to know about one command. */
interface CommandInfo {
  readonly name: string;
  readonly description: string;
  readonly options: readonly OptionInfo[];
  /** The values its first argument takes, when commander lists them (`completion <shell>`). */
  readonly argumentChoices: readonly string[] | null;
}

/** Reads the commands and options from commander's own model, the one --help prints. */
function describe(program: Command): CommandInfo[] {
  const option = (o: Option): OptionInfo => ({
    long: o.long ?? '',
    short: o.short ?? null,
    description: o.description,
    takesValue: o.required || o.optional,
    choices: o.argChoices ?? null,
  });
  return program.commands.map((c) => ({
    name: c.name(),
    description: c.description(),
    options: [...c.options.map(option), { long: '--help', short: '-h', description: 'show help', takesValue: false, choices: null }],
    argumentChoices: c.registeredArguments[0]?.argChoices ?? null,
  }));
}

/** Every flag, long and short, that takes a value in some command: the word after it is that value, not an article. */
function valueFlags(commands: readonly CommandInfo[]): string[] {
  return [...new Set(commands.flatMap((c) => c.options.filter((o) => o.takesValue).flatMap((o) => [o.long, ...(o.short ? [o.short] : [])])))];
}

/** The first argument's completions: bundled slugs and files for `read`, the listed choices, or nothing. */
const choicesOf = (c: CommandInfo): string => (c.argumentChoices ?? []).join(' ');

/** Shell commands that list the bundled slugs, the followed feeds' names, and the sections (numbers and slugs) of an article. */
const SLUGS = `kara-news list 2>/dev/null | cut -f1`;
const FEEDS = `kara-news feeds 2>/dev/null | cut -f1`;
const sectionsOf = (article: string): string =>
  `kara-news read ${article} --sections --json 2>/dev/null | sed -n 's/^ *"\\(number\\|slug\\)": "\\{0,1\\}\\([^",]*\\)"\\{0,1\\},\\{0,1\\}$/\\2/p'`;

/** The bash completion script. */
function bash(commands: readonly CommandInfo[]): string {
  const cases = commands
    .map((c) => {
      const flags = c.options.flatMap((o) => [o.long, ...(o.short ? [o.short] : [])]).join(' ');
      const values = c.options
        .filter((o) => o.takesValue)
        .map((o) => {
          if (o.long === '--feed') return `        ${o.long}) _kara_news_feed_names; return ;;`;
          const words = o.long === '--section' ? `$(${sectionsOf('${article:+"$article"}')})` : o.choices ? o.choices.join(' ') : '';
          return `        ${[o.long, o.short].filter(Boolean).join('|')}) COMPREPLY=($(compgen -W "${words}" -- "$cur")); return ;;`;
        })
        .join('\n');
      const choices = c.argumentChoices ? `COMPREPLY=($(compgen -W "${choicesOf(c)}" -- "$cur"))` : 'COMPREPLY=()';
      const operand = c.name === 'read' ? `COMPREPLY=($(compgen -W "$(${SLUGS}) -" -- "$cur") $(compgen -f -- "$cur"))` : c.name === 'feeds' ? `if [[ "$prev" == remove ]]; then _kara_news_feed_names; else ${choices}; fi` : choices;
      return `    ${c.name})
      case "$prev" in
${values}
      esac
      if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "${flags}" -- "$cur")); else ${operand}; fi ;;`;
    })
    .join('\n');
  return `# kara-news completion for bash. Load it with:  source <(kara-news completion bash)
_kara_news_feed_names() {
  # One name a line, spaces and all (-o filenames escapes them as the line is edited).
  local IFS=$'\\n'
  COMPREPLY=($(compgen -W "$(${FEEDS})" -- "$cur"))
}
_kara_news() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="\${COMP_WORDS[1]}" article="" i
  for ((i = 2; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in -*) ;; *) case "\${COMP_WORDS[i-1]}" in ${valueFlags(commands).join('|')}) ;; *) article="\${COMP_WORDS[i]}"; break ;; esac ;; esac
  done
  if ((COMP_CWORD == 1)); then
    COMPREPLY=($(compgen -W "${commands.map((c) => c.name).join(' ')} --help --version" -- "$cur"))
    return
  fi
  case "$cmd" in
${cases}
  esac
}
complete -o filenames -F _kara_news kara-news
`;
}

/** Text made safe inside a zsh _arguments description: no brackets, colons or quotes. */
const zshText = (text: string): string => text.replace(/[[\]:']/g, ' ').replace(/\s+/g, ' ').trim();

/** The zsh completion script. */
function zsh(commands: readonly CommandInfo[]): string {
  const functions = commands
    .map((c) => {
      const specs = c.options.map((o) => {
        const names = o.short ? `'(${o.short} ${o.long})'{${o.short},${o.long}}` : `'${o.long}`;
        const value = !o.takesValue ? '' : o.long === '--section' ? ':section:_kara_news_sections' : o.long === '--feed' ? ':feed:_kara_news_feed_names' : o.choices ? `:${o.long.slice(2)}:(${o.choices.join(' ')})` : `:${o.long.slice(2)}:`;
        const open = o.short ? `'` : '';
        return `    ${names}${open}[${zshText(o.description)}]${value}'`;
      });
      const operand = c.name === 'read' ? [`    '1:article:_kara_news_articles'`] : c.argumentChoices ? [`    '1:${zshText(c.name)}:(${choicesOf(c)})'`] : [];
      if (c.name === 'feeds') operand.push(`    '2:target:_kara_news_feeds_target'`);
      return `_kara_news_${c.name}() {\n  _arguments -s \\\n${[...specs, ...operand].join(' \\\n')}\n}`;
    })
    .join('\n\n');
  return `#compdef kara-news
# kara-news completion for zsh. Load it with:  source <(kara-news completion zsh)
_kara_news_articles() {
  local -a slugs; slugs=(\${(f)"$(${SLUGS})"} -)
  _alternative 'slugs:bundled article:compadd -a slugs' 'files:file:_files'
}

_kara_news_feed_names() {
  local -a names; names=(\${(f)"$(${FEEDS})"})
  compadd -a names
}

_kara_news_feeds_target() {
  # feeds remove NAME: a followed feed; after add and import, an address or a file.
  case $words[2] in
    remove) _kara_news_feed_names ;;
    import) _files ;;
  esac
}

_kara_news_sections() {
  # words is the command line from the subcommand on: the article is the first word that is not
  # a flag nor the value of one.
  local article i
  for (( i = 2; i < CURRENT; i++ )); do
    [[ $words[i] == -* || $words[i-1] == (${valueFlags(commands).join('|')}) ]] && continue
    article=$words[i]; break
  done
  local -a refs; refs=(\${(f)"$(${sectionsOf('${article:+$article}')})"})
  compadd -a refs
}

${functions}

_kara_news() {
  local -a commands; commands=(${commands.map((c) => `'${c.name}:${zshText(c.description)}'`).join(' ')})
  if (( CURRENT == 2 )); then _describe command commands; return; fi
  case $words[2] in
${commands.map((c) => `    ${c.name}) shift words; (( CURRENT-- )); _kara_news_${c.name} ;;`).join('\n')}
  esac
}

compdef _kara_news kara-news
`;
}

/** Text made safe inside a single-quoted fish string. */
const fishText = (text: string): string => text.replace(/\\/g, '\\\\').replace(/'/g, "\\'");

/** The fish completion script. */
function fish(commands: readonly CommandInfo[]): string {
  const lines = [
    `# kara-news completion for fish. Load it with:  kara-news completion fish | source`,
    `function __kara_news_sections`,
    `  # The article is the first word after the subcommand that is not a flag nor the value of one.`,
    `  set -l words (commandline -opc)`,
    `  set -l article`,
    `  for i in (seq 3 (count $words))`,
    `    string match -q -- '-*' $words[$i]; and continue`,
    `    contains -- $words[(math $i - 1)] ${valueFlags(commands).join(' ')}; and continue`,
    `    set article $words[$i]; break`,
    `  end`,
    `  ${sectionsOf('$article')}`,
    `end`,
    `complete -c kara-news -f`,
  ];
  for (const c of commands) lines.push(`complete -c kara-news -n __fish_use_subcommand -a ${c.name} -d '${fishText(c.description)}'`);
  for (const c of commands) {
    const when = `-n '__fish_seen_subcommand_from ${c.name}'`;
    for (const o of c.options) {
      const names = `-l ${o.long.slice(2)}${o.short ? ` -s ${o.short.slice(1)}` : ''}`;
      const value = !o.takesValue ? '' : o.long === '--section' ? ` -x -a '(__kara_news_sections)'` : o.long === '--feed' ? ` -x -a '(${FEEDS})'` : o.choices ? ` -x -a '${o.choices.join(' ')}'` : ' -x';
      lines.push(`complete -c kara-news ${when} ${names}${value} -d '${fishText(o.description)}'`);
    }
  }
  lines.push(`complete -c kara-news -n '__fish_seen_subcommand_from read' -a '(${SLUGS})' -d 'bundled article'`);
  lines.push(`complete -c kara-news -n '__fish_seen_subcommand_from read' -F`);
  // The choices until one is given: `feeds remove ` goes on to the feeds, not the actions again.
  for (const c of commands.filter((c) => c.argumentChoices)) lines.push(`complete -c kara-news -n '__fish_seen_subcommand_from ${c.name}; and not __fish_seen_subcommand_from ${choicesOf(c)}' -a '${choicesOf(c)}'`);
  lines.push(`complete -c kara-news -n '__fish_seen_subcommand_from feeds; and __fish_seen_subcommand_from remove' -a '(${FEEDS})' -d 'followed feed'`);
  return lines.join('\n') + '\n';
}

/** The completion script for a shell, built from the same commander program --help describes. */
export function completionScript(shell: Shell, program: Command): string {
  const commands = describe(program);
  return shell === 'bash' ? bash(commands) : shell === 'zsh' ? zsh(commands) : fish(commands);
}
