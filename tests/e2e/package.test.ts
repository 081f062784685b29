import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, itNeeds, root } from '../helpers/run.js';

/**
 * `npm pack` makes a package that installs and runs on a fresh machine: installed globally into a
 * temporary prefix, `kara-news read`, its man page, shell completion and the typed library work.
 */
describe('the npm package', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'kara-pack-'));
  const prefix = join(scratch, 'prefix');
  let files: string[] = [];
  const env = () => cleanEnv({ PATH: `${join(prefix, 'bin')}:${process.env['PATH'] ?? ''}` });

  beforeAll(() => {
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { filename: string; files: { path: string }[] }[];
    files = packed[0]!.files.map((f) => f.path);
    // Offline: everything the package runs is bundled in dist/, so a global install downloads nothing.
    execFileSync('npm', ['install', '--global', '--offline', '--prefix', prefix, '--no-audit', '--no-fund', join(scratch, packed[0]!.filename)], { cwd: scratch, stdio: 'ignore', env: { ...process.env, npm_config_loglevel: 'error' } });
  }, 180_000);

  it('ships only what is needed: the bin, the build, the articles, the man page and docs', () => {
    expect(files).toContain('bin/kara-news.js');
    expect(files).toContain('bin/package.json');
    for (const built of ['dist/main.cjs', 'dist/switches.json', 'dist/index.js']) expect(files).toContain(built);
    // Start-up uses Node's own compile cache where Node has one; the package ships no cache of its own.
    expect(files.filter((f) => f.endsWith('.cache'))).toEqual([]);
    expect(files).toContain('dist/kara-news.1');
    expect(files).toContain('dist/types/index.d.ts');
    expect(files).toContain('articles/azerbaijan-denies-ethnic-cleansing.md');
    expect(files).toContain('dist/articles/azerbaijan-denies-ethnic-cleansing.json');
    expect(files.filter((f) => /^(src|tests|scripts|node_modules)\//.test(f) || f.startsWith('.'))).toEqual([]);
  });

  it('needs nothing at run time but Node: no dependencies, none installed beside it', () => {
    const manifest = JSON.parse(readFileSync(join(prefix, 'lib', 'node_modules', 'kara-news', 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest['dependencies'] ?? {}).toEqual({});
    expect(existsSync(join(prefix, 'lib', 'node_modules', 'kara-news', 'node_modules'))).toBe(false);
  });

  it('installs a kara-news command that reads the bundled article', () => {
    const r = spawnSync('kara-news', ['read'], { env: env(), encoding: 'utf8', cwd: scratch });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Azerbaijan Denies Ethnic Cleansing in Nagorno-Karabakh');
    expect(spawnSync('kara-news', ['read', '--quotes'], { env: env(), encoding: 'utf8', cwd: scratch }).stdout.split('\n')).toHaveLength(12);
  });

  it('installs the man page where man looks for it', () => {
    expect(existsSync(join(prefix, 'share', 'man', 'man1', 'kara-news.1'))).toBe(true);
  });

  itNeeds('man')('man shows the installed page', () => {
    const man = spawnSync('man', ['-M', join(prefix, 'share', 'man'), 'kara-news'], { env: { ...env(), MANPAGER: 'cat', MANWIDTH: '80' }, encoding: 'utf8' });
    expect(man.stdout).toMatch(/^NAME\n\s+kara-news\s+-\s+Read\s+news\s+articles/m);
  });

  it('loads its bash completion', () => {
    const r = spawnSync('bash', ['-c', 'source <(kara-news completion bash) && complete -p kara-news'], { env: env(), encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('complete -o filenames -F _kara_news kara-news');
  });

  it('works as a typed library: TypeScript checks a consumer against the installed types, and it runs', () => {
    const app = join(scratch, 'app');
    const pkgDir = join(prefix, 'lib', 'node_modules', 'kara-news');
    execFileSync('mkdir', ['-p', join(app, 'node_modules')]);
    execFileSync('ln', ['-s', pkgDir, join(app, 'node_modules', 'kara-news')]);
    writeFileSync(join(app, 'package.json'), '{ "type": "module" }');
    writeFileSync(
      join(app, 'app.ts'),
      `import { loadArticle, sections, quotes, renderPlain, type Quote } from 'kara-news';
const article = await loadArticle('azerbaijan-denies-ethnic-cleansing');
const said: Quote[] = await quotes(article);
console.log(sections(article).length, said.length, renderPlain(article, { sections: ['2'] }).split('\\n')[0]);
`,
    );
    // A Node project has Node's types (the library's main() takes Node streams).
    const typeRoots = [join(root, 'node_modules', '@types')];
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2023', strict: true, noEmit: true, skipLibCheck: false, typeRoots, types: ['node'] }, files: ['app.ts'] }));
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', app], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    writeFileSync(join(app, 'app.mjs'), `import { loadArticle, sections, quotes, renderPlain } from 'kara-news';\nconst a = await loadArticle();\nconsole.log(sections(a).length, (await quotes(a)).length, renderPlain(a, { sections: ['2'] }).split('\\n')[0]);\n`);
    const run = spawnSync(process.execPath, [join(app, 'app.mjs')], { encoding: 'utf8', cwd: app });
    expect(run.stdout).toBe('2 11 Azerbaijan Respects Freedom and Choice of Inhabitants\n');
    // From `node -e` in another folder: Node defines a global __dirname of '.' there, which the
    // library once took for its own folder, and then found no bundled article.
    const library = join(pkgDir, 'dist', 'index.js');
    const evaluated = spawnSync(process.execPath, ['-e', `import(${JSON.stringify(library)}).then(async (k) => console.log((await k.loadArticle()).meta.title))`], { encoding: 'utf8', cwd: scratch });
    expect([evaluated.stderr, evaluated.stdout]).toEqual(['', 'Azerbaijan Denies Ethnic Cleansing in Nagorno-Karabakh\n']);
  });
});

/** The README's way onto the PATH from a clone: `npm install -g .` (here into a scratch prefix), then `kara-news` anywhere. */
describe('npm install -g . from the clone', () => {
  it('puts kara-news on the PATH, working from outside the clone', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'kara-global-'));
    const prefix = join(scratch, 'prefix');
    execFileSync('npm', ['install', '--global', '--offline', '--prefix', prefix, '--no-audit', '--no-fund', '.'], { cwd: root, stdio: 'ignore', env: { ...process.env, npm_config_loglevel: 'error' } });
    const elsewhere = mkdtempSync(join(tmpdir(), 'kara-elsewhere-'));
    writeFileSync(join(elsewhere, 'NOTES.md'), '# Notes\n\nA note of my own.\n');
    const env = cleanEnv({ PATH: `${join(prefix, 'bin')}:${process.env['PATH'] ?? ''}` });
    const r = spawnSync('kara-news', ['NOTES.md'], { env, encoding: 'utf8', cwd: elsewhere });
    expect([r.status, r.stdout]).toEqual([0, 'Notes\n\nA note of my own.\n']);
    expect(spawnSync('kara-news', ['--version'], { env, encoding: 'utf8', cwd: elsewhere }).stdout).toMatch(/^kara-news \d+\.\d+\.\d+\n$/);
  }, 120_000);
});
