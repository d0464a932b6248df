/**
 * `npm run check:cycles`: fails when the imports of contract/, widget/ or intake-server/ go round in a circle. Every
 * kind of import counts, type-only ones and `import()` too: a type-only cycle still ties two modules into one that
 * can only be read (and moved) together. Imports are resolved as the compiler resolves them (tsconfig.json), so
 * `./x.js` finds `x.ts` or `x.tsx`. Prints each cycle as a chain of files; exits 1 when there is one.
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');
const FOLDERS = ['contract', 'widget', 'intake-server'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module specifier in a file: import and export declarations (also `type`), `import()` and `require`-style imports. */
function specifiersOf(file: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      found.push(node.moduleReference.expression.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      found.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The import graph among the checked files: file → the checked files it imports. */
export function importGraph(root = ROOT, folders = FOLDERS): Map<string, string[]> {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  const options = config?.options ?? {};
  const files = folders.flatMap((f) => sourceFiles(join(root, f)));
  const checked = new Set(files);
  const graph = new Map<string, string[]>();
  for (const path of files) {
    const source = ts.createSourceFile(path, ts.sys.readFile(path) ?? '', ts.ScriptTarget.Latest, false, path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const targets = specifiersOf(source)
      .map((s) => ts.resolveModuleName(s, path, options, ts.sys).resolvedModule?.resolvedFileName)
      .filter((t): t is string => t !== undefined && checked.has(t));
    graph.set(path, [...new Set(targets)]);
  }
  return graph;
}

/** The strongly connected components with a cycle in them (Tarjan), each as one cycle through its files. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  const connect = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.includes(v)) components.push(component);
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) connect(v);
  return components.map((c) => cycleThrough(graph, new Set(c)));
}

/** One shortest cycle from the component's first file (by name) back to itself, staying inside the component. */
function cycleThrough(graph: Map<string, string[]>, component: Set<string>): string[] {
  const start = [...component].sort()[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!component.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return [...path, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

if (process.argv[1] === import.meta.filename) {
  const graph = importGraph();
  const cycles = findCycles(graph);
  if (cycles.length === 0) {
    console.log(`No import cycles among ${graph.size} files in ${FOLDERS.join('/, ')}/.`);
  } else {
    console.error(`${cycles.length} import cycle(s) (type-only imports count too):`);
    for (const cycle of cycles) console.error(`  ${cycle.map((f) => relative(ROOT, f)).join(' → ')}`);
    process.exitCode = 1;
  }
}
