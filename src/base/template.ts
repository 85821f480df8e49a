// Message placeholders: `{name}` or `{{name}}`, filled from the recipient's CSV columns.

const PLACEHOLDER = /\{\{\s*([\p{L}\p{N}_.-]+)\s*\}\}|\{\s*([\p{L}\p{N}_.-]+)\s*\}/gu;

export interface Placeholder {
  readonly name: string;
  readonly offset: number;
}

export function placeholdersOf(text: string): Placeholder[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ name: m[1] ?? m[2], offset: m.index }));
}

/**
 * A template split once into literal text and placeholder names, filled cheaply per row. `pattern`
 * (global) captures the name in its first or second group; message placeholders by default.
 */
export class Template {
  private readonly pieces: ReadonlyArray<string | { name: string; whole: string }>;
  readonly names: readonly string[];

  constructor(
    readonly text: string,
    pattern: RegExp = PLACEHOLDER,
  ) {
    const pieces: Array<string | { name: string; whole: string }> = [];
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      pieces.push(text.slice(last, m.index), { name: m[1] ?? m[2], whole: m[0] });
      last = m.index + m[0].length;
    }
    pieces.push(text.slice(last));
    this.pieces = pieces;
    this.names = [
      ...new Set(
        pieces.filter((p): p is { name: string; whole: string } => typeof p !== 'string').map((p) => p.name),
      ),
    ];
  }

  /** The text with each placeholder replaced by its value; an unknown one by '' or, with `keepUnknown`, left as written. */
  fill(value: (name: string) => string | undefined, keepUnknown = false): string {
    if (this.names.length === 0) return this.text;
    let out = '';
    for (const piece of this.pieces)
      out += typeof piece === 'string' ? piece : (value(piece.name) ?? (keepUnknown ? piece.whole : ''));
    return out;
  }
}
