/**
 * Mixed-radix packing: a list of small fields (value < radix) as the fewest
 * digits of a base (32 for result codes, 64 for links). The first field lands
 * in the lowest digits, which are written FIRST: fields whose radices are
 * powers of two (versions, flags, fingerprints) can be read from the start of
 * a string even when its end is missing — that is how a truncated code is
 * recognised. Radices that are not powers of two (3 outcomes of a true/false
 * question, 4 options + "unanswered") cost no wasted bits.
 *
 *   const digits = pack([[1, 8], [2, 3]], 32); // one field per [value, radix]
 *   const r = reader(digits, 32); r.take(8) // 1; r.take(3) // 2
 */

/** One field: its value (0 ≤ value < radix) and its radix. */
export type Field = [value: number, radix: number];

const width = (cap: bigint, base: bigint) => {
  let w = 0;
  for (let m = cap - 1n; m > 0n; m /= base) w++;
  return w;
};

/**
 * Fields as base-`base` digits, least significant first; as many digits as
 * the product of the radices needs (so the length depends on the radices only).
 */
export function pack(fields: readonly Field[], base: number): number[] {
  const B = BigInt(base);
  let n = 0n;
  let cap = 1n;
  for (let i = fields.length; i--; ) {
    const [v, r] = fields[i]!;
    n = n * BigInt(r) + BigInt(v);
    cap *= BigInt(r);
  }
  return Array.from({ length: width(cap, B) }, () => {
    const d = Number(n % B);
    n /= B;
    return d;
  });
}

/** Reads back what pack() wrote, field by field; never throws. */
export function reader(digits: readonly number[], base: number) {
  const B = BigInt(base);
  let n = digits.reduceRight((a, d) => a * B + BigInt(d), 0n);
  let cap = 1n;
  return {
    /** The next field's value, given its radix. */
    take(radix: number): number {
      const R = BigInt(radix);
      const v = Number(n % R);
      n /= R;
      cap *= R;
      return v;
    },
    /** Digits that the fields read so far occupy when packed. */
    width: () => width(cap, B),
    /** What is left unread (0 for a sound packing). */
    rest: () => n,
  };
}
