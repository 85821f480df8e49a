import { readdirSync, readFileSync, statSync } from 'fs';
import path from 'path';
import ts from 'typescript';
import { ROOT } from './helpers/paths';

// The data path's stages, lowest first (docs/architecture.md). ESLint enforces the same order file by
// file (eslint.config.mjs); this test sees the whole graph: no import points up a stage, the pipeline
// is entered only by its door, rules import only the rule kit, and no file imports itself in a circle.
const STAGES = ['base', 'law', 'read', 'inputs', 'recipients', 'engine', 'plan', 'report', 'cli'];

const sourceFiles = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(path.join(ROOT, rel)).isDirectory()) return sourceFiles(rel);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [rel] : [];
  });

/** `src/read/csv.ts` → `read`; the two doors and rule folders have stages of their own. */
function stageOf(file: string): string {
  if (file.startsWith('rules/')) return 'rules';
  if (file === 'src/rule-kit.ts') return 'kit';
  if (file === 'src/index.ts') return 'api';
  return file.split('/')[1];
}

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((i) => i.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => {
      const base = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      const found = [`${base}.ts`, `${base}/index.ts`].find((c) => {
        try {
          return statSync(path.join(ROOT, c)).isFile();
        } catch {
          return false;
        }
      });
      if (!found) throw new Error(`${file}: cannot resolve ${spec}`);
      return found;
    });
}

const files = [...sourceFiles('src'), ...sourceFiles('rules')];
const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe('the data path (docs/architecture.md)', () => {
  it('has one folder a stage under src/, plus the two doors', () => {
    const top = readdirSync(path.join(ROOT, 'src')).sort();
    expect(top).toEqual([...STAGES, 'index.ts', 'rule-kit.ts'].sort());
  });

  it('never imports a later stage', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      const from = STAGES.indexOf(stageOf(file));
      if (from < 0) continue;
      for (const target of targets) {
        const to = STAGES.indexOf(stageOf(target));
        if (to > from || stageOf(target) === 'rules' || stageOf(target) === 'kit')
          upward.push(`${file} -> ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('enters the pipeline only through its door', () => {
    const side = [...graph].flatMap(([file, targets]) =>
      stageOf(file) === 'recipients'
        ? []
        : targets
            .filter((t) => stageOf(t) === 'recipients' && t !== 'src/recipients/index.ts')
            .map((t) => `${file} -> ${t}`),
    );
    expect(side).toEqual([]);
  });

  it('lets rules import only the rule kit, and the kit only base/ and law/', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      if (stageOf(file) === 'rules')
        wrong.push(...targets.filter((t) => t !== 'src/rule-kit.ts').map((t) => `${file} -> ${t}`));
      if (stageOf(file) === 'kit')
        wrong.push(
          ...targets.filter((t) => !['base', 'law'].includes(stageOf(t))).map((t) => `${file} -> ${t}`),
        );
    }
    expect(wrong).toEqual([]);
  });

  it('has no import circle', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const trail: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      trail.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open')
          circles.push([...trail.slice(trail.indexOf(next)), next].join(' -> '));
        else if (!state.has(next)) visit(next);
      }
      trail.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(circles).toEqual([]);
  });
});
