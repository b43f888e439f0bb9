// Which objects were validated already, so that a public function checks its argument once per
// object, not once per call. Objects are remembered by identity together with a fingerprint of
// their top-level fields, so an object changed in place after validation is validated again.
// Nothing here runs at module load: the maps are made on first use.

type Fingerprint = readonly unknown[];

let trusted: WeakMap<object, Fingerprint> | undefined;
let memo: WeakMap<object, { readonly fp: Fingerprint; readonly value: unknown }> | undefined;

function fingerprint(value: object): Fingerprint {
  const out: unknown[] = [];
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    out.push(key, v, Array.isArray(v) ? v.length : undefined);
  }
  return out;
}

function same(a: Fingerprint, b: Fingerprint): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** Remembers that `value` passed validation, as it is now. */
export function trust<T extends object>(value: T): T {
  trusted ??= new WeakMap();
  trusted.set(value, fingerprint(value));
  return value;
}

/** Whether `value` passed validation and its top-level fields are unchanged since. */
export function isTrusted(value: unknown): boolean {
  if (typeof value !== "object" || value === null || trusted === undefined) return false;
  const fp = trusted.get(value);
  if (fp === undefined) return false;
  try {
    return same(fp, fingerprint(value));
  } catch {
    return false;
  }
}

/** A value derived from a trusted object, computed once per object (and again when it changed). */
export function memoize<K extends object, V>(key: K, make: (key: K) => V): V {
  memo ??= new WeakMap();
  const fp = fingerprint(key);
  const hit = memo.get(key);
  if (hit !== undefined && same(hit.fp, fp)) return hit.value as V;
  const value = make(key);
  memo.set(key, { fp, value });
  return value;
}
