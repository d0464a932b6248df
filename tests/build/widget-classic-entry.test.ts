import { describe, expect, it } from 'vitest';
import { byteBreakdown } from '../../widget/build/byte-breakdown.js';
import { classicEntry, lazyChunk } from '../../widget/build/classic-entry.js';
import { checkBudget, filesAfterWidget } from '../../widget/build/until-interactive.js';

/**
 * Runs `classic` as a classic script would, on a stand-in document, with `src` as its URL; returns the registry. Its
 * import()s resolve, or fail for the URLs in `failing`.
 */
function runClassic(classic: string, src: string | null, failing: readonly string[] = []): { registry: Record<string, unknown>; imported: string[] } {
  const document: Record<string | symbol, unknown> = { currentScript: src ? { src } : null };
  const imported: string[] = [];
  // import() is syntax, not a function: the test gives the code a stand-in by name.
  new Function('document', '__import', classic.replaceAll('import(', '__import('))(document, (url: string) => {
    imported.push(url);
    return failing.includes(url) ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve({});
  });
  const key = Object.getOwnPropertySymbols(document).find((symbol) => symbol.description?.startsWith('ressursvenn-signup:'))!;
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

  it('asks for a chunk whose load failed again under a new URL each time (a failed module load is kept by the browser)', async () => {
    const retrying = 'const n=()=>import("./flow-AbCdEfGh.js");export{n as start};\n';
    const { classic } = classicEntry('signup-AbCdEfGh.js', retrying);
    const flow = 'https://intake.example.no/flow-AbCdEfGh.js';
    const { registry, imported } = runClassic(classic, 'https://intake.example.no/widget.js', [flow, `${flow}?retry=1`]);
    const start = registry.start as () => Promise<unknown>;
    await expect(start()).rejects.toThrow(TypeError);
    await expect(start()).rejects.toThrow(TypeError);
    await expect(start()).resolves.toEqual({});
    await expect(start()).resolves.toEqual({});
    expect(imported).toEqual([flow, `${flow}?retry=1`, `${flow}?retry=2`, `${flow}?retry=2`]);
  });

  it("gives the lazy chunks' import()s the same loader, relative to the chunk's own URL", () => {
    const lazy = lazyChunk('flow-AbCdEfGh.js', 'import{a as e}from"./signup-AbCdEfGh.js";const t=()=>import("./nb-later-AbCdEfGh.js");export{t as n};');
    expect(lazy).toMatch(/^const __rvLoad=\(s\)=>\{var u=import\.meta\.url\?new URL\(s,import\.meta\.url\)\.href:s,/);
    expect(lazy).toContain('const t=()=>__rvLoad("./nb-later-AbCdEfGh.js")');
    expect(lazy).not.toMatch(/\bimport\("/);
    const plain = 'import{a as e}from"./signup-AbCdEfGh.js";export{e as n};';
    expect(lazyChunk('contract-AbCdEfGh.js', plain)).toBe(plain);
    expect(() => lazyChunk('x.js', 'const f=(s)=>import(s);export{f};')).toThrow(/import\(\) of something other than a chunk name/);
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

describe('what a page fetches until interactive in each language, and its budget', () => {
  const entry = { fileName: 'signup-AbCdEfGh.js', imports: [], facadeModuleId: '/w/widget/embed.ts', moduleIds: ['/w/widget/embed.ts', '/w/widget/messages/nb.ts', '/w/widget/messages/nn.ts', '/w/widget/messages/en.ts'] };
  const later = { fileName: 'nn-later-AbCdEfGh.js', imports: [entry.fileName], facadeModuleId: '/w/widget/messages/nn-later.ts', moduleIds: ['/w/widget/messages/nn-later.ts'] };

  it('is widget.js alone in every language when all first-step texts are in it (the later texts do not count)', () => {
    expect(filesAfterWidget(entry, [entry, later])).toEqual({ nb: [], nn: [], en: [] });
  });

  it("counts a language's first-step chunk and what it imports besides widget.js, were it one of its own", () => {
    const shared = { fileName: 'segments-AbCdEfGh.js', imports: [entry.fileName], facadeModuleId: null, moduleIds: ['/w/widget/messages/segments.ts'] };
    const en = { fileName: 'en-AbCdEfGh.js', imports: [entry.fileName, shared.fileName], facadeModuleId: '/w/widget/messages/en.ts', moduleIds: ['/w/widget/messages/en.ts'] };
    const withoutEn = { ...entry, moduleIds: entry.moduleIds.filter((id) => !id.endsWith('/en.ts')) };
    expect(filesAfterWidget(withoutEn, [withoutEn, en, shared, later])).toEqual({ nb: [], nn: [], en: ['en-AbCdEfGh.js', 'segments-AbCdEfGh.js'] });
  });

  it("fails when a language's first-step texts are nowhere", () => {
    const withoutNn = { ...entry, moduleIds: entry.moduleIds.filter((id) => !id.endsWith('/nn.ts')) };
    expect(() => filesAfterWidget(withoutNn, [withoutNn, later])).toThrow(/"nn" are neither in widget.js nor a chunk of their own/);
  });

  it('passes within the budget and fails the build naming each language over it', () => {
    const sizes: Record<string, number> = { 'widget.js': 15_000, 'en-AbCdEfGh.js': 400 };
    const size = (file: string) => sizes[file]!;
    expect(checkBudget({ nb: [], nn: [], en: [] }, size, 15_360)).toEqual([
      '15000 bytes (14.6 KB) gzip until interactive in nb (widget.js), within the 15360-byte budget',
      '15000 bytes (14.6 KB) gzip until interactive in nn (widget.js), within the 15360-byte budget',
      '15000 bytes (14.6 KB) gzip until interactive in en (widget.js), within the 15360-byte budget',
    ]);
    expect(() => checkBudget({ nb: [], nn: [], en: ['en-AbCdEfGh.js'] }, size, 15_360)).toThrow(/over the 15360-byte gzip budget until interactive \(en: 15400 bytes\)/);
    expect(() => checkBudget({ nb: [], nn: [], en: [] }, size, 14_999)).toThrow(/\(nb: 15000 bytes; nn: 15000 bytes; en: 15000 bytes\)/);
  });
});
