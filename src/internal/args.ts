// Checks of arguments at the public edge: clear TypeError / RangeError messages that name the
// function and the argument, instead of a failure deep inside.

/** A short description of a value for an error message: its type, or a short string. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") {
    const cut = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === "number") return String(value);
  if (typeof value === "function") return "a function";
  return typeof value;
}

/** Throws a TypeError unless `value` is a string. */
export function checkString(fn: string, name: string, value: unknown): string {
  if (typeof value !== "string") {
    throw new TypeError(`${fn}: ${name} must be a string, got ${describeValue(value)}`);
  }
  return value;
}

/** Throws a TypeError unless `value` is an object (not null, not an array). */
export function checkObject<T>(fn: string, name: string, value: T, what = "an object"): T {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError(`${fn}: ${name} must be ${what}, got ${describeValue(value)}`);
  }
  return value;
}

/**
 * Throws a TypeError unless a language pack's field is a string; the message names the field's
 * path and what it must be (`lexicon.fr.statements.cues: must be a lexicon source (a string),
 * got 3`).
 */
export function checkPackString(value: unknown, path: string, what = "a string"): string {
  if (typeof value !== "string") {
    throw new TypeError(`${path}: must be ${what}, got ${describeValue(value)}`);
  }
  return value;
}

/** Throws a TypeError unless a language pack's field is true or false; the message names the path. */
export function checkPackBoolean(value: unknown, path: string): boolean {
  if (typeof value !== "boolean") {
    throw new TypeError(`${path}: must be true or false, got ${describeValue(value)}`);
  }
  return value;
}

/** Throws a TypeError unless a language pack's part is an object (not null, not an array). */
export function checkPackObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError(`${path}: must be an object, got ${describeValue(value)}`);
  }
  return value as Record<string, unknown>;
}

/** The options object of a function: `{}` when left out, else it must be an object. */
export function checkOptions<T extends object>(fn: string, value: T | undefined): T {
  if (value === undefined) return {} as T;
  return checkObject(fn, "options", value);
}

/** Throws a TypeError unless `value` is an array. */
export function checkArray(fn: string, name: string, value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`${fn}: ${name} must be an array, got ${describeValue(value)}`);
  }
  return value;
}

/** Runs `read`; an error thrown while reading the argument (a throwing getter, a hostile Proxy) becomes a TypeError. */
export function guard<T>(fn: string, name: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof TypeError || e instanceof RangeError) throw e;
    if (
      typeof e === "object" &&
      e !== null &&
      (e as { name?: unknown }).name === "SamenwerkingError"
    ) {
      throw e;
    }
    throw new TypeError(
      `${fn}: ${name} cannot be read (${e instanceof Error ? e.message : String(e)})`,
    );
  }
}
