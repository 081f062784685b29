// Writes dist/switches.json, the switch table src/cli/fast-path.ts reads: what commander makes of
// `kara-news read`, `news` or `list` with one switch, read off the same program as --help (src/cli/program.ts).
// Run by scripts/build.mjs (bundled with esbuild first).
import { writeFileSync } from 'node:fs';
import { buildProgram } from '../src/cli/program.js';
import { switchTable } from '../src/cli/switch-table.js';
import { switchTablePath } from '../src/paths.js';

const quiet = { writeOut: () => {}, writeErr: () => {} };
writeFileSync(switchTablePath, JSON.stringify(switchTable((onRequest) => buildProgram(quiet, onRequest))));
