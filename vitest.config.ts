import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { aliases } from './scripts/aliases.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __KARA_VERSION__: JSON.stringify(pkg.version) },
  // The same stand-ins the bundle uses, so tests run what ships.
  resolve: { alias: aliases },
  test: {
    include: ['tests/**/*.test.ts'],
    // End-to-end tests spawn the real bin; give them room on a busy 2-core machine.
    testTimeout: 20_000,
  },
});
