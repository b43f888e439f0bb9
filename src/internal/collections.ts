// Small helpers on arrays that the engines share.

/**
 * Sorts a nearly sorted list in place, stably: linear when only neighbours are out of order,
 * which is how the matchers produce their lists.
 */
export function insertionSort<T>(xs: T[], before: (a: T, b: T) => boolean): void {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i] as T;
    let j = i - 1;
    while (j >= 0 && before(x, xs[j] as T)) {
      xs[j + 1] = xs[j] as T;
      j--;
    }
    xs[j + 1] = x;
  }
}

/** Merges two sorted lists into a new sorted list; on ties the second list's item comes first. */
export function mergeSorted<T>(
  a: readonly T[],
  b: readonly T[],
  before: (x: T, y: T) => boolean,
): T[] {
  if (b.length === 0) return a as T[];
  if (a.length === 0) return b as T[];
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && before(a[i] as T, b[j] as T))) out.push(a[i++] as T);
    else out.push(b[j++] as T);
  }
  return out;
}

/**
 * The first position in `xs[from..to)`, an ascending list, whose item is not below `x` (`to`
 * when every item is): where `x` stands or would be inserted. Items compare with `<`.
 */
export function lowerBound<T extends number | string>(
  xs: ArrayLike<T>,
  x: T,
  from = 0,
  to = xs.length,
): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] as T) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
