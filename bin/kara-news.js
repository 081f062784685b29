#!/usr/bin/env node
// CommonJS (bin/package.json), so a start never loads Node's ES module loader.
'use strict';
// Node 22.1 and later keep compiled code between runs (module.enableCompileCache); Node 20 has
// no compile cache and simply compiles. Turned on before the CLI's own files are required.
require('node:module').enableCompileCache?.();
const { main, processIo } = require('../dist/main.cjs');

main(process.argv.slice(2), processIo(process)).then((code) => {
  process.exitCode = code;
});
