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

/**
 * Diagnostics of one campaign, stored by column in typed arrays (about 30 bytes each, with texts,
 * templates and data interned), so millions of rows with problems do not exhaust memory.
 * Recipient diagnostics arrive in file order; any that do not (and all others) are kept aside,
 * sorted, and merged back in order when read.
 */
export class DiagnosticStore {
  private capacity = 1024;
  private count = 0;
  private kind = new Uint32Array(this.capacity); // template id
  private severityError = new Uint8Array(this.capacity);
  private line = new Int32Array(this.capacity);
  private place = new Uint32Array(this.capacity); // interned (file, column)
  private recipient = new Float64Array(this.capacity); // numeric E.164 + 1, 0 = none, -1 = text
  private data = new Int32Array(this.capacity);
  private fix = new Int32Array(this.capacity);
  private readonly recipientTexts = new Map<number, string>();
  private readonly templates = new Interner<{ ruleId: string; messageId: string; template: Localized }>((t) => `${t.ruleId}\u0000${t.messageId}`);
  private readonly places = new Interner<{ file: string; column: string | undefined }>((p) => `${p.file}\u0000${p.column ?? ''}`);
  private readonly datas = new Interner<Readonly<Record<string, DataValue>>>((d) => JSON.stringify(d));
  private readonly fixes = new Interner<Localized>((f) => JSON.stringify(f));
  private readonly aside: Diagnostic[] = [];
  private last: { line: number; ruleId: string } = { line: -1, ruleId: '' };
  errorCount = 0;
  warningCount = 0;

  constructor(private readonly compare: (a: Diagnostic, b: Diagnostic) => number, private readonly streamFile: string) {}

  get length(): number {
    return this.count + this.aside.length;
  }

  add(d: Diagnostic): void {
    if (d.severity === 'error') this.errorCount++;
    else this.warningCount++;
    const inOrder = d.file === this.streamFile && d.line !== undefined && (d.line > this.last.line || (d.line === this.last.line && d.ruleId >= this.last.ruleId));
    if (!inOrder) {
      this.aside.push(d);
      return;
    }
    this.last = { line: d.line as number, ruleId: d.ruleId };
    if (this.count === this.capacity) this.grow();
    const i = this.count++;
    this.kind[i] = this.templates.id({ ruleId: d.ruleId, messageId: d.messageId, template: d.template });
    this.severityError[i] = d.severity === 'error' ? 1 : 0;
    this.line[i] = d.line as number;
    this.place[i] = this.places.id({ file: d.file, column: d.column });
    this.data[i] = this.datas.id(d.data);
    this.fix[i] = d.fix === undefined ? -1 : this.fixes.id(d.fix);
    if (d.recipient === undefined) this.recipient[i] = 0;
    else if (/^\+\d{1,15}$/.test(d.recipient)) this.recipient[i] = Number(d.recipient.slice(1)) + 1;
    else {
      this.recipient[i] = -1;
      this.recipientTexts.set(i, d.recipient);
    }
  }

  private grow(): void {
    this.capacity *= 2;
    const grown = <A extends Uint32Array | Uint8Array | Int32Array | Float64Array>(a: A, make: new (n: number) => A): A => {
      const b = new make(this.capacity);
      b.set(a);
      return b;
    };
    this.kind = grown(this.kind, Uint32Array);
    this.severityError = grown(this.severityError, Uint8Array);
    this.line = grown(this.line, Int32Array);
    this.place = grown(this.place, Uint32Array);
    this.recipient = grown(this.recipient, Float64Array);
    this.data = grown(this.data, Int32Array);
    this.fix = grown(this.fix, Int32Array);
  }

  private at(i: number): Diagnostic {
    const kind = this.templates.values[this.kind[i]];
    const place = this.places.values[this.place[i]];
    const r = this.recipient[i];
    const severity: Severity = this.severityError[i] === 1 ? 'error' : 'warning';
    return {
      ruleId: kind.ruleId,
      severity,
      messageId: kind.messageId,
      template: kind.template,
      data: this.datas.values[this.data[i]],
      file: place.file,
      line: this.line[i],
      ...(place.column !== undefined ? { column: place.column } : {}),
      ...(r === 0 ? {} : { recipient: r === -1 ? (this.recipientTexts.get(i) as string) : `+${r - 1}` }),
      ...(this.fix[i] >= 0 ? { fix: this.fixes.values[this.fix[i]] } : {}),
    };
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
