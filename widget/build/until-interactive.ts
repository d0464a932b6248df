/**
 * What a page fetches until the form is interactive in each language, and the budget check on it (issue 17). The
 * widget build (widget/vite.config.ts) calls both and fails over the budget.
 */
import { LANGUAGES, type Language } from '../../contract/limits.js';

/** The little the check needs of a built chunk. */
export interface ChunkShape {
  fileName: string;
  imports: readonly string[];
  facadeModuleId: string | null;
  /** The ids (absolute paths) of the modules in it. */
  moduleIds: readonly string[];
}

/**
 * Per language, the files a page fetches after widget.js (made from `entry`) until the form is interactive: none if
 * that language's first-step texts (`messages/<language>.ts`) are in the entry chunk, as they are; else their chunk and
 * what it imports besides the entry. Throws if a language's first-step texts are in neither.
 */
export function filesAfterWidget(entry: ChunkShape, chunks: readonly ChunkShape[]): Record<Language, string[]> {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const closure = (file: string, seen = new Set<string>()): string[] => {
    if (seen.has(file) || file === entry.fileName) return [];
    seen.add(file);
    return [file, ...(byName.get(file)?.imports ?? []).flatMap((next) => closure(next, seen))];
  };
  const after = {} as Record<Language, string[]>;
  for (const language of LANGUAGES) {
    const texts = new RegExp(`/messages/${language}\\.ts$`);
    const own = chunks.find((chunk) => chunk.fileName !== entry.fileName && texts.test(chunk.facadeModuleId ?? ''));
    if (own) after[language] = closure(own.fileName);
    else if (entry.moduleIds.some((id) => texts.test(id))) after[language] = [];
    else throw new Error(`widget build: the first-step texts of "${language}" are neither in widget.js nor a chunk of their own`);
  }
  return after;
}

/**
 * One line per language with the gzip bytes a page pays until interactive (widget.js and `after`'s files, sized by
 * `gzipSize`); throws, naming each language over it, if any is over `budget`.
 */
export function checkBudget(after: Record<Language, string[]>, gzipSize: (file: string) => number, budget: number): string[] {
  const over: string[] = [];
  const lines = LANGUAGES.map((language) => {
    const files = ['widget.js', ...after[language]];
    const bytes = files.reduce((sum, file) => sum + gzipSize(file), 0);
    const within = bytes <= budget;
    if (!within) over.push(`${language}: ${bytes} bytes`);
    return `${bytes} bytes (${(bytes / 1024).toFixed(1)} KB) gzip until interactive in ${language} (${files.join(' + ')}), ${within ? 'within' : 'OVER'} the ${budget}-byte budget`;
  });
  if (over.length) throw new Error(`widget build: over the ${budget}-byte gzip budget until interactive (${over.join('; ')}):\n${lines.join('\n')}`);
  return lines;
}
