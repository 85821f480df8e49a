import { Column } from './column';
import { numberKey } from './number-index';
import type { DataValue, Diagnostic, Localized } from '../base/types';

/** Interns values: each distinct one is kept once and referred to by its index. */
class Interner<T> {
  readonly values: T[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly keyOf: (value: T) => string) {}
  id(value: T): number {
    const key = this.keyOf(value);
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.index.set(key, i);
    }
    return i;
  }
}

/** The keys of a data object and the kind of each value: one per message, in practice. */
interface Shape {
  readonly keys: readonly string[];
  /** 0: 32-bit integer, 1: string, 2: localized text (kept as JSON), 3: any other number (kept as text). */
  readonly kinds: Uint8Array;
}

const kindOf = (value: DataValue) =>
  typeof value === 'number' ? (Object.is(value | 0, value) ? 0 : 3) : typeof value === 'string' ? 1 : 2;
// Numbers that are not 32-bit integers (rare in data: 2.5, 2^40, -0) go through text, exactly.
const numberText = (value: number) => (Object.is(value, -0) ? '-0' : String(value));

function fits(shape: Shape, data: Readonly<Record<string, DataValue>>): boolean {
  let n = 0;
  for (const key in data) {
    if (key !== shape.keys[n] || kindOf(data[key]) !== shape.kinds[n]) return false;
    n++;
  }
  return n === shape.keys.length;
}

/** What most diagnostics of one message share: template, severity, place, fix and data shape. */
interface Variant {
  readonly kind: number;
  readonly error: boolean;
  readonly place: number;
  readonly fix: number;
  readonly shape: number;
}

/** Within a file: by line, then rule id (the order rules run in). */
const fileOrder = (line: number, ruleId: string, otherLine: number, otherRuleId: string) =>
  line - otherLine || (ruleId < otherRuleId ? -1 : ruleId > otherRuleId ? 1 : 0);

/**
 * Report order, the one definition: the manifest's diagnostics first, then by file, line and rule
 * id; ties keep the order they were reported in (the sorts that use it are stable).
 */
export function reportOrder(manifestFile: string): (a: Diagnostic, b: Diagnostic) => number {
  return (a, b) => {
    if (a.file !== b.file)
      return a.file === manifestFile ? -1 : b.file === manifestFile ? 1 : a.file < b.file ? -1 : 1;
    return fileOrder(a.line ?? 0, a.ruleId, b.line ?? 0, b.ruleId);
  };
}

/** A recipient as stored: its number as an integer + 1 when it is one, else -(id of the interned text + 1). */
function recipientCode(recipient: string, strings: Interner<string>): number {
  const key = numberKey(recipient);
  return key !== null ? key + 1 : -(strings.id(recipient) + 1);
}

/** Diagnostics as columns; what they share (templates, places, strings…) is interned by the store. */
class Rows {
  count = 0;
  readonly variant = new Column(Uint32Array);
  readonly line = new Column(Int32Array);
  readonly recipient = new Column(Float64Array); // numberKey + 1; 0: none; -(n + 1): string n
  readonly values = new Column(Int32Array); // 32-bit integers, or ids of interned strings
  valueCount = 0;
}

/**
 * Diagnostics of one campaign, stored by column (16 bytes each plus 4 per data value: what
 * diagnostics of one message share is interned, strings too, numbers stay numbers), so millions of
 * rows with problems do not exhaust memory. Recipient diagnostics mostly arrive in file order; those
 * that come later than their line (a rule that reports a recipient it kept, in its end hook) are
 * stored the same way and sorted when read; diagnostics of other files are kept as they are (few), sorted, and merged in.
 */
export class DiagnosticStore {
  private readonly inOrder = new Rows();
  private readonly late = new Rows();
  private readonly strings = new Interner<string>((s) => s);
  private readonly templates: Array<{ ruleId: string; messageId: string; template: Localized }> = [];
  private readonly templateIds = new Map<string, Map<string, number>>();
  private readonly places = new Interner<{ file: string; column: string | undefined }>(
    (p) => `${p.file}\u0000${p.column ?? ''}`,
  );
  private readonly shapes = new Interner<Shape>((s) => `${s.keys.join('\u0000')}\u0001${s.kinds.join('')}`);
  private readonly fixes = new Interner<Localized>((f) => JSON.stringify(f));
  private readonly variants = new Interner<Variant>(
    (v) => `${v.kind},${v.error},${v.place},${v.fix},${v.shape}`,
  );
  /** Localized data values (kept as JSON text), parsed once per distinct value when read back. */
  private readonly parsed: Array<DataValue | undefined> = [];
  private readonly lastVariant: Array<number | undefined> = []; // per template: diagnostics of a message mostly repeat one
  private readonly aside: Diagnostic[] = [];
  private lastLine = -1;
  private lastRule = '';
  private lastPlace = -1;
  private lastPlaceOf: { file: string; column: string | undefined } = { file: '', column: undefined };
  errorCount = 0;
  warningCount = 0;

  private readonly compare: (a: Diagnostic, b: Diagnostic) => number;

  /** `manifestFile`, `streamFile`: the campaign's manifest and recipients file, as reported. */
  constructor(
    manifestFile: string,
    private readonly streamFile: string,
  ) {
    this.compare = reportOrder(manifestFile);
  }

  get length(): number {
    return this.inOrder.count + this.late.count + this.aside.length;
  }

  add(d: Diagnostic): void {
    if (d.severity === 'error') this.errorCount++;
    else this.warningCount++;
    if (d.file !== this.streamFile || d.line === undefined) {
      this.aside.push(d);
      return;
    }
    let rows = this.late;
    if (fileOrder(d.line, d.ruleId, this.lastLine, this.lastRule) >= 0) {
      this.lastLine = d.line;
      this.lastRule = d.ruleId;
      rows = this.inOrder;
    }
    const i = rows.count++;
    const variant = this.variantId(this.templateId(d), d);
    rows.variant.set(i, variant);
    rows.line.set(i, d.line);
    this.storeData(rows, this.variants.values[variant].shape, d.data);
    rows.recipient.set(i, d.recipient === undefined ? 0 : recipientCode(d.recipient, this.strings));
  }

  private templateId(d: Diagnostic): number {
    let byMessage = this.templateIds.get(d.ruleId);
    if (!byMessage) this.templateIds.set(d.ruleId, (byMessage = new Map<string, number>()));
    let id = byMessage.get(d.messageId);
    if (id === undefined) {
      id = this.templates.push({ ruleId: d.ruleId, messageId: d.messageId, template: d.template }) - 1;
      byMessage.set(d.messageId, id);
    }
    return id;
  }

  private variantId(kind: number, d: Diagnostic): number {
    const error = d.severity === 'error';
    const place = this.placeId(d.file, d.column);
    const fix = d.fix === undefined ? -1 : this.fixes.id(d.fix);
    const last = this.lastVariant[kind];
    if (last !== undefined) {
      const v = this.variants.values[last];
      if (
        v.error === error &&
        v.place === place &&
        v.fix === fix &&
        fits(this.shapes.values[v.shape], d.data)
      )
        return last;
    }
    const keys = Object.keys(d.data);
    const shape = this.shapes.id({ keys, kinds: Uint8Array.from(keys, (k) => kindOf(d.data[k])) });
    return (this.lastVariant[kind] = this.variants.id({ kind, error, place, fix, shape }));
  }

  /** Rows with several problems repeat the same place: no key to build then. */
  private placeId(file: string, column: string | undefined): number {
    if (this.lastPlace >= 0 && this.lastPlaceOf.file === file && this.lastPlaceOf.column === column)
      return this.lastPlace;
    this.lastPlaceOf = { file, column };
    return (this.lastPlace = this.places.id(this.lastPlaceOf));
  }

  /** A diagnostic's data values, after those of the diagnostics before it (they are read back in the same order). */
  private storeData(rows: Rows, shapeId: number, data: Readonly<Record<string, DataValue>>): void {
    const { keys, kinds } = this.shapes.values[shapeId];
    for (let k = 0; k < keys.length; k++) {
      const value = data[keys[k]];
      const kind = kinds[k];
      rows.values.set(
        rows.valueCount++,
        kind === 0
          ? (value as number)
          : this.strings.id(
              kind === 1
                ? (value as string)
                : kind === 2
                  ? JSON.stringify(value)
                  : numberText(value as number),
            ),
      );
    }
  }

  /** The data of a diagnostic whose values start at `at`. */
  private dataOf(rows: Rows, at: number, shapeId: number): Record<string, DataValue> {
    const { keys, kinds } = this.shapes.values[shapeId];
    const data: Record<string, DataValue> = {};
    for (let k = 0; k < keys.length; k++, at++) {
      const value = rows.values.get(at);
      const kind = kinds[k];
      data[keys[k]] =
        kind === 0
          ? value
          : kind === 1
            ? this.strings.values[value]
            : kind === 2
              ? (this.parsed[value] ??= Object.freeze(JSON.parse(this.strings.values[value]) as DataValue))
              : Number(this.strings.values[value]);
    }
    return data;
  }

  /** How many data values row i of `rows` has. */
  private valuesOf(rows: Rows, i: number): number {
    return this.shapes.values[this.variants.values[rows.variant.get(i)].shape].keys.length;
  }

  private at(rows: Rows, i: number, values: number): Diagnostic {
    const v = this.variants.values[rows.variant.get(i)];
    const kind = this.templates[v.kind];
    const place = this.places.values[v.place];
    const r = rows.recipient.get(i);
    const d: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = {
      ruleId: kind.ruleId,
      severity: v.error ? 'error' : 'warning',
      messageId: kind.messageId,
      template: kind.template,
      data: this.dataOf(rows, values, v.shape),
      file: place.file,
      line: rows.line.get(i),
    };
    if (place.column !== undefined) d.column = place.column;
    if (r > 0) d.recipient = `+${r - 1}`;
    else if (r < 0) d.recipient = this.strings.values[-r - 1];
    if (v.fix >= 0) d.fix = this.fixes.values[v.fix];
    return d;
  }

  /** The late rows in report order (by line, then rule, then arrival), and where the values of each start. */
  private lateOrder(): { order: Uint32Array; firstValue: Uint32Array } {
    const rows = this.late;
    const firstValue = new Uint32Array(rows.count);
    for (let i = 0, values = 0; i < rows.count; i++) {
      firstValue[i] = values;
      values += this.valuesOf(rows, i);
    }
    const ruleOf = (i: number) => this.templates[this.variants.values[rows.variant.get(i)].kind].ruleId;
    const order = Uint32Array.from({ length: rows.count }, (_, i) => i).sort(
      (a, b) => fileOrder(rows.line.get(a), ruleOf(a), rows.line.get(b), ruleOf(b)) || a - b,
    );
    return { order, firstValue };
  }

  /**
   * Every diagnostic, in report order: manifest first, then by file, line and rule. The rows that
   * came in order, the late ones and the ones aside are merged (on a tie, in that order: the order
   * they were reported in).
   */
  *[Symbol.iterator](): IterableIterator<Diagnostic> {
    const { inOrder, late, compare } = this;
    const aside = [...this.aside].sort(compare);
    const { order, firstValue } = this.lateOrder();
    let i = 0;
    let values = 0;
    let k = 0;
    let j = 0;
    let a = inOrder.count > 0 ? this.at(inOrder, 0, 0) : undefined;
    let b = late.count > 0 ? this.at(late, order[0], firstValue[order[0]]) : undefined;
    while (a !== undefined || b !== undefined) {
      let next: Diagnostic;
      if (b === undefined || (a !== undefined && compare(b, a) >= 0)) {
        next = a as Diagnostic;
        values += this.valuesOf(inOrder, i);
        a = ++i < inOrder.count ? this.at(inOrder, i, values) : undefined;
      } else {
        next = b;
        b = ++k < late.count ? this.at(late, order[k], firstValue[order[k]]) : undefined;
      }
      while (j < aside.length && compare(aside[j], next) < 0) yield aside[j++];
      yield next;
    }
    while (j < aside.length) yield aside[j++];
  }
}
