/**
 * The checker's memory of observation keys: each distinct key (six small numbers, the ids of its
 * indicator, vintage, geo, subunit, breakdown and period texts) with what its first row said (value,
 * a hash of the other fields, file, line). Held in typed arrays under an open-addressing hash
 * (linear probing), about 36 bytes a key, where a Map of string keys took about 200 and stops at
 * 2^24 entries: ten million rows are checked in a few hundred MB, at the same pace per row as one
 * million.
 */

/** Fields of a key. */
export const KEY_WIDTH = 6;

/** What the first row of a key said. */
export interface FirstRow {
  value: number;
  rest: number;
  file: number;
  line: number;
}

const EMPTY = -1;

export class KeyTable {
  /** entry index per slot, EMPTY where none; a power of two long, at most half full */
  private slots = new Int32Array(1 << 12).fill(EMPTY);
  private keys = new Int32Array(KEY_WIDTH << 10);
  private values = new Float64Array(1 << 10);
  private rests = new Uint32Array(1 << 10);
  private files = new Int32Array(1 << 10);
  private lines = new Int32Array(1 << 10);
  /** keys held */
  size = 0;

  /**
   * The entry of a key, or -1.
   * @param key KEY_WIDTH non-negative integers below 2^31
   */
  find(key: ArrayLike<number>): number {
    const mask = this.slots.length - 1;
    for (let slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === EMPTY) return -1;
      if (this.equals(entry, key)) return entry;
    }
  }

  /**
   * Adds a key that {@link find} did not find, with its first row.
   * @returns the new entry's index
   */
  add(key: ArrayLike<number>, first: FirstRow): number {
    if ((this.size + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    const entry = this.size++;
    if (entry >= this.values.length) this.growEntries(this.values.length * 2);
    for (let i = 0; i < KEY_WIDTH; i++) this.keys[entry * KEY_WIDTH + i] = key[i]!;
    this.values[entry] = first.value;
    this.rests[entry] = first.rest;
    this.files[entry] = first.file;
    this.lines[entry] = first.line;
    const mask = this.slots.length - 1;
    let slot = hash(key) & mask;
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.slots[slot] = entry;
    return entry;
  }

  /** What the first row of entry `entry` said. */
  first(entry: number): FirstRow {
    return { value: this.values[entry]!, rest: this.rests[entry]!, file: this.files[entry]!, line: this.lines[entry]! };
  }

  private equals(entry: number, key: ArrayLike<number>): boolean {
    const at = entry * KEY_WIDTH;
    for (let i = 0; i < KEY_WIDTH; i++) if (this.keys[at + i] !== key[i]) return false;
    return true;
  }

  private rehash(capacity: number): void {
    const slots = new Int32Array(capacity).fill(EMPTY);
    const mask = capacity - 1;
    const key = new Int32Array(KEY_WIDTH);
    for (let entry = 0; entry < this.size; entry++) {
      key.set(this.keys.subarray(entry * KEY_WIDTH, (entry + 1) * KEY_WIDTH));
      let slot = hash(key) & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = entry;
    }
    this.slots = slots;
  }

  private growEntries(capacity: number): void {
    const grow = <T extends Int32Array | Float64Array | Uint32Array>(old: T, make: (n: number) => T, width = 1): T => {
      const next = make(capacity * width);
      next.set(old as never);
      return next;
    };
    this.keys = grow(this.keys, (n) => new Int32Array(n), KEY_WIDTH);
    this.values = grow(this.values, (n) => new Float64Array(n));
    this.rests = grow(this.rests, (n) => new Uint32Array(n));
    this.files = grow(this.files, (n) => new Int32Array(n));
    this.lines = grow(this.lines, (n) => new Int32Array(n));
  }
}

/** A 32-bit hash of a key (multiply and rotate per field, then a final mix). */
function hash(key: ArrayLike<number>): number {
  let h = 0x9e3779b9;
  for (let i = 0; i < KEY_WIDTH; i++) {
    h = Math.imul(h ^ key[i]!, 0x85ebca6b);
    h = (h << 13) | (h >>> 19);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 13;
  return h >>> 0;
}
