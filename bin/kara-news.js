#!/usr/bin/env node
// CommonJS (bin/package.json), so a start never loads Node's ES module loader.
'use strict';
const { main, processIo } = require('../dist/cli.cjs');

main(process.argv.slice(2), processIo(process)).then((code) => {
  process.exitCode = code;
});
