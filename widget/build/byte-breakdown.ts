/**
 * Where a built chunk's bytes come from: its source map says which source each stretch of the minified code was made
 * from. For each source: the minified bytes, and what it adds to the chunk gzipped (the chunk's gzip size minus the
 * size without that source's stretches), so the table shows what removing it would save. The build writes the table
 * for widget.js to dist/widget/breakdown.json and `bench/widget.ts` prints it in bench/WIDGET.md.
 */
import { decode } from '@jridgewell/sourcemap-codec';
import { gzipSync } from 'node:zlib';

export interface ByteShare {
  /** The source, shortened: `lit-html/lit-html.js`, `widget/signup-element.ts` … ; `(none)` for code no source maps to. */
  source: string;
  minified: number;
  /** Bytes gzip would save without it. */
  gzip: number;
}

interface SourceMapLike {
  sources: (string | null)[];
  mappings: string;
}

const gzipLength = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;

/** The shares of `code`'s bytes by source, largest first. `shorten` turns a source path into its name in the table. */
export function byteBreakdown(code: string, map: SourceMapLike, shorten: (source: string) => string): ByteShare[] {
  const lines = code.split('\n');
  // Each stretch: from one mapped column to the next on the same line, owned by the first's source.
  const owner: string[] = [];
  const stretches: { line: number; start: number; end: number; source: string }[] = [];
  decode(map.mappings).forEach((segments, line) => {
    const text = lines[line] ?? '';
    segments.forEach((segment, index) => {
      const start = segment[0];
      const end = segments[index + 1]?.[0] ?? text.length;
      const source = segment.length >= 4 ? shorten(map.sources[segment[1]!] ?? '(none)') : '(none)';
      if (end > start) stretches.push({ line, start, end, source });
    });
  });
  for (const s of stretches) owner.push(s.source);
  const total = gzipLength(code);
  const sources = [...new Set(owner)];
  return sources
    .map((source) => {
      const kept = lines.map((text) => text.split(''));
      let minified = 0;
      for (const s of stretches) {
        if (s.source !== source) continue;
        minified += s.end - s.start;
        for (let i = s.start; i < s.end; i++) kept[s.line]![i] = '';
      }
      return { source, minified, gzip: total - gzipLength(kept.map((chars) => chars.join('')).join('\n')) };
    })
    .sort((a, b) => b.gzip - a.gzip);
}
