/**
 * `npm run release`: after `npm run build`, packs what production needs into `release/ressursvenn-intake-VERSION.tgz`
 * (or into the folder given with `--out DIR`):
 *
 *   ressursvenn-intake-VERSION/
 *     dist/server/  dist/widget/           the compiled server, admin tool and widget
 *     package.json  package-lock.json      `npm ci --omit=dev` installs the four runtime packages from these
 *     .env.example  deploy/                every variable with its default; the systemd unit
 *     README.md
 *
 * The README's "Running it for real" says how to install, upgrade and roll back; a test installs this tarball into a
 * fresh folder and runs it (tests/release/release.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The files and folders of the release, relative to the repository. */
const CONTENTS = ['dist/server', 'dist/widget', 'package.json', 'package-lock.json', '.npmrc', '.env.example', 'deploy', 'README.md'];

/** Packs the built tree into a tarball in `outDir`; returns its path. Builds nothing: `npm run build` did. */
export function makeRelease(outDir: string): string {
  for (const built of ['dist/server/main.js', 'dist/widget/widget.js']) {
    if (!existsSync(join(root, built))) throw new Error(`${built} is missing: run \`npm run build\` first (\`npm run release\` does).`);
  }
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const name = `ressursvenn-intake-${version}`;
  const staging = mkdtempSync(join(outDir, '.staging-'));
  try {
    for (const item of CONTENTS) cpSync(join(root, item), join(staging, name, item), { recursive: true });
    const tarball = join(outDir, `${name}.tgz`);
    execFileSync('tar', ['-czf', tarball, '--owner=0', '--group=0', '-C', staging, name]);
    return tarball;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: join(root, 'release') } } });
  const outDir = resolve(values.out!);
  mkdirSync(outDir, { recursive: true });
  const tarball = makeRelease(outDir);
  process.stdout.write(`${tarball}\n`);
}
