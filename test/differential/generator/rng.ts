/**
 * A small seeded PRNG (mulberry32): the generator must give the same manifests on every machine
 * and Node version, so it uses nothing but 32-bit integer arithmetic.
 */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A DNS-1123 label of the given length range: `[a-z]([a-z0-9-]*[a-z0-9])?`. */
  label(min = 3, max = 12): string {
    const len = this.int(min, max);
    const alnum = 'abcdefghijklmnopqrstuvwxyz0123456789';
    let s = this.pick([...'abcdefghijklmnopqrstuvwxyz']);
    for (let i = 1; i < len; i++) {
      s += i < len - 1 && this.chance(0.1) ? '-' : alnum[this.int(0, alnum.length - 1)];
    }
    return s;
  }
}

/** A 32-bit seed from a string (FNV-1a), so each case's seed follows from its id. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
