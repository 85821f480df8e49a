/** A typed column in chunks of 64 Ki values: it grows without copying, and never holds much more than it needs. */
export class Column<A extends Uint32Array | Int32Array | Float64Array> {
  private readonly chunks: A[] = [];
  constructor(private readonly make: new (n: number) => A) {}
  set(i: number, value: number): void {
    const c = i >>> 16;
    if (c === this.chunks.length) this.chunks.push(new this.make(1 << 16));
    this.chunks[c][i & 0xffff] = value;
  }
  get(i: number): number {
    return this.chunks[i >>> 16][i & 0xffff];
  }
}
