import { NumberIndex, numberKey, scramble } from './number-index';

/**
 * A set of phone numbers, each with the place (a non-negative integer) where it was first seen:
 * about 9 bytes a number in a NumberIndex, where a Map of numbers took 120 bytes (5M opt-out lines
 * peaked at 638 MB).
 */
export class NumberPlaces {
  private readonly index = new NumberIndex();

  get size(): number {
    return this.index.size;
  }

  /** Keeps `place` for the E.164 number unless it already has one. False for a number it cannot hold. */
  add(e164: string, place: number): boolean {
    const key = numberKey(e164);
    if (key === null) return false;
    this.index.put(scramble(key), place);
    return true;
  }

  /** The place first kept for the E.164 number, or -1. */
  placeOf(e164: string): number {
    const key = numberKey(e164);
    return key === null ? -1 : this.index.get(scramble(key));
  }
}
