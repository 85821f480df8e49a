import type { DataValue, Diagnostic, Localized, Severity } from '../types';

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
  /** 0: number, 1: string, 2: localized text (kept as JSON). */
  readonly kinds: Uint8Array;
}

const kindOf = (value: DataValue) => (typeof value === 'number' ? 0 : typeof value === 'string' ? 1 : 2);

function fits(shape: Shape, data: Readonly<Record<string, DataValue>>): boolean {
  let n = 0;
  for (const key in data) {
    if (key !== shape.keys[n] || kindOf(data[key]) !== shape.kinds[n]) return false;
    n++;
  }
  return n === shape.keys.length;
}

/** A growable typed column. */
function grown<A extends Uint32Array | Uint8Array | Int32Array | Float64Array>(a: A, size: number): A {
  const b = new (a.constructor as new (n: number) => A)(size);
  b.set(a);
  return b;
}

/**
 * Diagnostics of one campaign, stored by column in typed arrays (about 40 bytes each: texts,
 * templates, places and data strings interned, numbers stored as numbers), so millions of rows
 * with problems do not exhaust memory. Recipient diagnostics arrive in file order; any that do not
 * (and all others) are kept aside, sorted, and merged back in order when read.
 */
export class DiagnosticStore {
  private capacity = 1024;
  private count = 0;
  private kind = new Uint32Array(this.capacity); // template id
  private severityError = new Uint8Array(this.capacity);
  private line = new Int32Array(this.capacity);
  private place = new Uint32Array(this.capacity); // interned (file, column)
  private recipient = new Float64Array(this.capacity); // numeric E.164 + 1; 0: none; -(n + 1): string n
  private shape = new Uint32Array(this.capacity);
  private valueAt = new Uint32Array(this.capacity); // first of this diagnostic's values in `values`
  private fix = new Int32Array(this.capacity);
  private values = new Float64Array(this.capacity); // numbers, or ids of interned strings
  private valueCount = 0;
  private readonly strings = new Interner<string>((s) => s);
  private readonly templates: Array<{ ruleId: string; messageId: string; template: Localized }> = [];
  private readonly templateIds = new Map<string, Map<string, number>>();
  private readonly places = new Interner<{ file: string; column: string | undefined }>((p) => `${p.file}\u0000${p.column ?? ''}`);
  private readonly shapes = new Interner<Shape>((s) => `${s.keys.join('\u0000')}\u0001${s.kinds.join('')}`);
  private readonly lastShape: Array<number | undefined> = []; // per template
  private readonly fixes = new Interner<Localized>((f) => JSON.stringify(f));
  private readonly aside: Diagnostic[] = [];
  private lastLine = -1;
  private lastRule = '';
  private lastPlace = -1;
  private lastPlaceOf: { file: string; column: string | undefined } = { file: '', column: undefined };
  errorCount = 0;
  warningCount = 0;

  constructor(private readonly compare: (a: Diagnostic, b: Diagnostic) => number, private readonly streamFile: string) {}

  get length(): number {
    return this.count + this.aside.length;
  }

  add(d: Diagnostic): void {
    if (d.severity === 'error') this.errorCount++;
    else this.warningCount++;
    const inOrder = d.file === this.streamFile && d.line !== undefined && (d.line > this.lastLine || (d.line === this.lastLine && d.ruleId >= this.lastRule));
    if (!inOrder) {
      this.aside.push(d);
      return;
    }
    this.lastLine = d.line as number;
    this.lastRule = d.ruleId;
    if (this.count === this.capacity) this.grow();
    const i = this.count++;
    const kind = this.templateId(d);
    this.kind[i] = kind;
    this.severityError[i] = d.severity === 'error' ? 1 : 0;
    this.line[i] = d.line as number;
    this.place[i] = this.placeId(d.file, d.column);
    this.storeData(i, kind, d.data);
    this.fix[i] = d.fix === undefined ? -1 : this.fixes.id(d.fix);
    if (d.recipient === undefined) this.recipient[i] = 0;
    else if (/^\+\d{1,15}$/.test(d.recipient)) this.recipient[i] = Number(d.recipient.slice(1)) + 1;
    else this.recipient[i] = -(this.strings.id(d.recipient) + 1);
  }

  private templateId(d: Diagnostic): number {
    let byMessage = this.templateIds.get(d.ruleId);
    if (!byMessage) this.templateIds.set(d.ruleId, (byMessage = new Map()));
    let id = byMessage.get(d.messageId);
    if (id === undefined) {
      id = this.templates.push({ ruleId: d.ruleId, messageId: d.messageId, template: d.template }) - 1;
      byMessage.set(d.messageId, id);
    }
    return id;
  }

  /** Rows with several problems repeat the same place: no key to build then. */
  private placeId(file: string, column: string | undefined): number {
    if (this.lastPlace >= 0 && this.lastPlaceOf.file === file && this.lastPlaceOf.column === column) return this.lastPlace;
    this.lastPlaceOf = { file, column };
    return (this.lastPlace = this.places.id(this.lastPlaceOf));
  }

  private storeData(i: number, kind: number, data: Readonly<Record<string, DataValue>>): void {
    let shapeId = this.lastShape[kind];
    if (shapeId === undefined || !fits(this.shapes.values[shapeId], data)) {
      const keys = Object.keys(data);
      shapeId = this.shapes.id({ keys, kinds: Uint8Array.from(keys, (k) => kindOf(data[k])) });
      this.lastShape[kind] = shapeId;
    }
    const { keys, kinds } = this.shapes.values[shapeId];
    if (this.valueCount + keys.length > this.values.length) this.values = grown(this.values, Math.max(this.values.length * 2, this.valueCount + keys.length));
    this.shape[i] = shapeId;
    this.valueAt[i] = this.valueCount;
    for (let k = 0; k < keys.length; k++) {
      const value = data[keys[k]];
      this.values[this.valueCount++] = kinds[k] === 0 ? (value as number) : this.strings.id(kinds[k] === 1 ? (value as string) : JSON.stringify(value));
    }
  }

  private dataOf(i: number): Record<string, DataValue> {
    const { keys, kinds } = this.shapes.values[this.shape[i]];
    const data: Record<string, DataValue> = {};
    for (let k = 0, at = this.valueAt[i]; k < keys.length; k++, at++) {
      const value = this.values[at];
      data[keys[k]] = kinds[k] === 0 ? value : kinds[k] === 1 ? this.strings.values[value] : (JSON.parse(this.strings.values[value]) as DataValue);
    }
    return data;
  }

  private grow(): void {
    this.capacity *= 2;
    this.kind = grown(this.kind, this.capacity);
    this.severityError = grown(this.severityError, this.capacity);
    this.line = grown(this.line, this.capacity);
    this.place = grown(this.place, this.capacity);
    this.recipient = grown(this.recipient, this.capacity);
    this.shape = grown(this.shape, this.capacity);
    this.valueAt = grown(this.valueAt, this.capacity);
    this.fix = grown(this.fix, this.capacity);
  }

  private at(i: number): Diagnostic {
    const kind = this.templates[this.kind[i]];
    const place = this.places.values[this.place[i]];
    const r = this.recipient[i];
    const severity: Severity = this.severityError[i] === 1 ? 'error' : 'warning';
    const d: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = {
      ruleId: kind.ruleId,
      severity,
      messageId: kind.messageId,
      template: kind.template,
      data: this.dataOf(i),
      file: place.file,
      line: this.line[i],
    };
    if (place.column !== undefined) d.column = place.column;
    if (r > 0) d.recipient = `+${r - 1}`;
    else if (r < 0) d.recipient = this.strings.values[-r - 1];
    if (this.fix[i] >= 0) d.fix = this.fixes.values[this.fix[i]];
    return d;
  }

  /** Every diagnostic, in report order: manifest first, then by file, line and rule. */
  *[Symbol.iterator](): IterableIterator<Diagnostic> {
    const aside = [...this.aside].sort(this.compare);
    let j = 0;
    for (let i = 0; i < this.count; i++) {
      const next = this.at(i);
      while (j < aside.length && this.compare(aside[j], next) < 0) yield aside[j++];
      yield next;
    }
    while (j < aside.length) yield aside[j++];
  }
}
