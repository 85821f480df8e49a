import { readTextInput } from './files';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { describeFsError, fsErrorHint, inputError } from '../base/failure';
import { localized } from '../base/messages';

export interface StructuredFile {
  readonly data: unknown;
  /** Line of a dotted field path (`recipients.file`, `rules.schedule-hours`), when present. */
  fieldLine(path: string): number | undefined;
  /** Source text of a scalar field exactly as written (keeps leading zeros of `sender: 0612…`). */
  fieldSource(path: string): string | undefined;
  /** First line of a multi-line scalar's content (block scalars start on the next line). */
  contentLine(path: string): number | undefined;
  /** Source offsets [start, end) and style of a scalar field, for in-place edits. */
  scalarSource(path: string): { start: number; end: number; type: string } | undefined;
}

/** Manifests and configs are a few KB: 1 MB is far beyond any, and bounds what a wrong path reads. */
const MAX_STRUCTURED_BYTES = 1024 * 1024;

/** Reads a YAML or JSON file with the line of every field, so errors can point at it. */
export async function readStructuredFile(
  file: string,
  display: string,
  kind: string,
): Promise<StructuredFile> {
  let text: string;
  try {
    text = await readTextInput(file, MAX_STRUCTURED_BYTES);
  } catch (error) {
    throw inputError(display, undefined, describeFsError(error, kind), fsErrorHint(error), error);
  }
  return parseStructured(text, display, file.endsWith('.json'));
}

export function parseStructured(text: string, display: string, json: boolean): StructuredFile {
  text = text.replace(/^\uFEFF/, '');
  if (json) {
    try {
      JSON.parse(text);
    } catch (error) {
      const position = /position (\d+)/.exec(String((error as Error).message));
      const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
      throw inputError(
        display,
        line,
        localized('structured.invalidJson', { reason: (error as Error).message }),
        localized('structured.invalidJsonHint'),
      );
    }
  }
  const lineCounter = new LineCounter();
  // Always YAML 1.2 (core schema), whatever a `%YAML 1.1` directive says: 1.1 would read
  // `send_at: 2027-01-13 10:00:00` as a UTC timestamp (ignoring `timezone`) and `no` as false.
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    version: '1.2',
    schema: 'core',
  });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const line = first.linePos?.[0]?.line ?? lineCounter.linePos(first.pos[0]).line;
    const reason = first.message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '');
    throw inputError(
      display,
      line,
      localized('structured.invalid', { reason, format: json ? 'JSON' : 'YAML' }),
      localized('structured.invalidYamlHint'),
    );
  }
  const nodeAt = (path: string): { key: Node | null; value: Node | null } | undefined => {
    let current: unknown = doc.contents;
    let key: Node | null = null;
    for (const part of path.split('.')) {
      // A list item by its index (`election.ballots.1`): its own node, no key.
      if (isSeq(current) && /^\d+$/.test(part)) {
        current = current.items[Number(part)];
        if (current === undefined) return undefined;
        key = null;
        continue;
      }
      if (!isMap(current)) return undefined;
      const pair = current.items.find((item) => isScalar(item.key) && String(item.key.value) === part);
      if (!pair) return undefined;
      key = pair.key as Node;
      current = pair.value;
    }
    return { key, value: (current as Node) ?? null };
  };
  const lineOf = (node: Node | null) => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    // Aliases without anchors, alias bombs: valid syntax, but no data we can read.
    throw inputError(
      display,
      1,
      localized('structured.invalid', { format: json ? 'JSON' : 'YAML', reason: (error as Error).message }),
      localized('structured.aliasesHint'),
    );
  }
  return {
    data,
    fieldLine: (path) => {
      const found = nodeAt(path);
      return found ? (lineOf(found.key) ?? lineOf(found.value)) : undefined;
    },
    fieldSource: (path) => {
      const value = nodeAt(path)?.value;
      return isScalar(value) && value.range ? text.slice(value.range[0], value.range[1]).trim() : undefined;
    },
    scalarSource: (path) => {
      const value = nodeAt(path)?.value;
      return isScalar(value) && value.range
        ? { start: value.range[0], end: value.range[1], type: String(value.type) }
        : undefined;
    },
    contentLine: (path) => {
      const value = nodeAt(path)?.value;
      if (!isScalar(value)) return lineOf(value ?? null);
      const line = lineOf(value);
      const block = value.type === 'BLOCK_LITERAL' || value.type === 'BLOCK_FOLDED';
      return line !== undefined && block ? line + 1 : line;
    },
  };
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
