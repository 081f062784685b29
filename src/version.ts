declare const __KARA_VERSION__: string | undefined;

/** The package version, fixed at build time (esbuild and vitest define it from package.json). */
export const VERSION: string = typeof __KARA_VERSION__ === 'string' ? __KARA_VERSION__ : '0.0.0-dev';
