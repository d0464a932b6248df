import { describe, expect, it } from 'vitest';
import { byteBreakdown } from '../../widget/build/byte-breakdown.js';
import { classicEntry } from '../../widget/build/classic-entry.js';

/** Runs `classic` as a classic script would, on a stand-in document, with `src` as its URL; returns the registry. */
function runClassic(classic: string, src: string | null): { registry: Record<string, unknown>; imported: string[] } {
  const document: Record<string | symbol, unknown> = { currentScript: src ? { src } : null };
  const imported: string[] = [];
  // import() is syntax, not a function: the test gives the code a stand-in by name.
  new Function('document', '__import', classic.replaceAll('import(', '__import('))(document, (url: string) => imported.push(url));
  const key = Object.getOwnPropertySymbols(document)[0]!;
  return { registry: document[key] as Record<string, unknown>, imported };
}

describe('the classic widget.js made from the entry chunk', () => {
  const chunk = 'let e=1;function t(){return e}const n=()=>import(`./flow-AbCdEfGh.js`);n();export{t as a,n as start};\n';

  it('registers the exports under the chunk name, first copy wins, and imports chunks by absolute URL', () => {
    const { classic, facade } = classicEntry('signup-AbCdEfGh.js', chunk);
    const { registry, imported } = runClassic(classic, 'https://intake.example.no/widget.js');
    expect(Object.keys(registry)).toEqual(['a', 'start']);
    expect((registry.a as () => number)()).toBe(1);
    expect(imported).toEqual(['https://intake.example.no/flow-AbCdEfGh.js']);
    expect(facade).toBe('export const{a,start}=document[Symbol.for("ressursvenn-signup:signup-AbCdEfGh.js")];\n');
    expect(classic).toContain('??=');
    // As a module (no currentScript), the relative name stays and resolves against the module's own URL.
    expect(runClassic(classic, null).imported).toEqual(['./flow-AbCdEfGh.js']);
  });

  it('adds no globals: everything is inside one function', () => {
    const { classic } = classicEntry('signup-AbCdEfGh.js', chunk);
    expect(classic.startsWith('(function(){"use strict";')).toBe(true);
    expect(classic.trimEnd().endsWith('})();')).toBe(true);
  });

  it('refuses a chunk a classic script cannot be made from', () => {
    expect(() => classicEntry('x.js', 'let e=1;')).toThrow(/does not end in one export statement/);
    expect(() => classicEntry('x.js', 'import{a}from"./y.js";export{a};')).toThrow(/static import/);
    expect(() => classicEntry('x.js', 'const u=import.meta.url;export{u};')).toThrow(/import\.meta/);
    expect(() => classicEntry('x.js', 'const f=(s)=>import(s);export{f};')).toThrow(/import\(\) of something other than a chunk name/);
  });
});

describe('the byte breakdown of a chunk', () => {
  it('gives each source the bytes mapped to it, and what gzip would save without it', () => {
    // Two sources: "a" maps columns 0–9, "b" columns 10–29 (VLQ: AAAA = col 0 src 0; UCAC = col +10, src +1).
    const code = 'aaaaaaaaaa' + 'b'.repeat(20);
    const shares = byteBreakdown(code, { sources: ['../src/a.ts', '../node_modules/lib/b.js'], mappings: 'AAAA,UCAAA' }, (s) => s.replace(/^.*node_modules\//, '').replace(/^\.\.\//, ''));
    expect(shares.map((s) => [s.source, s.minified])).toEqual(
      expect.arrayContaining([
        ['src/a.ts', 10],
        ['lib/b.js', 20],
      ]),
    );
    for (const share of shares) expect(share.gzip).toBeGreaterThanOrEqual(0);
  });
});
