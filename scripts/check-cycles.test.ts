import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findCycles, importGraph } from './check-cycles.js';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** A throwaway tree with the project's module resolution and the given files under `src/`. */
function tree(files: Record<string, string>): Map<string, string[]> {
  dir = mkdtempSync(join(tmpdir(), 'rv-cycles-'));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', jsx: 'react-jsx' } }));
  mkdirSync(join(dir, 'src'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'src', name), text);
  return importGraph(dir, ['src']);
}

const names = (cycles: string[][]) => cycles.map((c) => c.map((f) => f.slice(f.lastIndexOf('/') + 1)));

describe('check:cycles', () => {
  it('finds a cycle of type-only imports, through a .tsx file, and one through import()', () => {
    const graph = tree({
      'page.tsx': "import type { Checkers } from './loader.js';\nexport interface Props { c: Checkers }\n",
      'loader.ts': "import type { Props } from './page.js';\nexport interface Checkers { p?: Props }\n",
      'index.ts': "export interface Messages { title: string }\nexport const load = () => import('./nb.js');\n",
      'nb.ts': "import type { Messages } from './index.js';\nexport const nb: Messages = { title: '' };\n",
    });
    expect(names(findCycles(graph))).toEqual([
      ['index.ts', 'nb.ts', 'index.ts'],
      ['loader.ts', 'page.tsx', 'loader.ts'],
    ]);
  });

  it('passes a tree whose imports all point one way', () => {
    const graph = tree({
      'types.ts': 'export interface Messages { title: string }\n',
      'nb.ts': "import type { Messages } from './types.js';\nexport const nb: Messages = { title: '' };\n",
      'load.ts': "export type { Messages } from './types.js';\nexport const load = () => import('./nb.js');\n",
    });
    expect(findCycles(graph)).toEqual([]);
  });
});
