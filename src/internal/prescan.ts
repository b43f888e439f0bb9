import type { SamenwerkingIssue } from "../errors";
import { issue, toPath } from "./issues";

/** Deepest nesting a document may have. The model itself is at most about 8 levels deep. */
export const MAX_DEPTH = 64;
const isForbidden = (key: string): boolean =>
  key === "__proto__" || key === "constructor" || key === "prototype";

/**
 * Walks an untrusted value once, without recursion, before the schema sees it: reports keys
 * that could pollute prototypes, cycles and excessive depth. Those are the inputs on which a
 * recursive validator could crash or loop; everything else is left to the schema.
 */
export function prescan(input: unknown): SamenwerkingIssue[] {
  const issues: SamenwerkingIssue[] = [];
  if (input === null || typeof input !== "object") return issues;
  const onPath = new Set<object>();
  // Frames are visited depth-first in document order. An `exit` frame takes its value off the
  // current path; a `forbidden` frame reports a key without descending into it.
  type Frame = { value: unknown; path: PropertyKey[]; exit: boolean; forbidden: boolean };
  const stack: Frame[] = [{ value: input, path: [], exit: false, forbidden: false }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (frame.forbidden) {
      issues.push(issue(toPath(frame.path), "forbidden_key"));
      continue;
    }
    const value = frame.value as object;
    if (frame.exit) {
      onPath.delete(value);
      continue;
    }
    if (onPath.has(value)) {
      issues.push(issue(toPath(frame.path), "cycle"));
      continue;
    }
    if (frame.path.length > MAX_DEPTH) {
      issues.push(issue(toPath(frame.path), "too_deep", `more than ${MAX_DEPTH} levels`));
      continue;
    }
    onPath.add(value);
    stack.push({ value, path: frame.path, exit: true, forbidden: false });
    const keys: PropertyKey[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as PropertyKey;
      const forbidden = typeof key === "string" && isForbidden(key);
      const child = (value as Record<PropertyKey, unknown>)[key];
      if (forbidden || (child !== null && typeof child === "object")) {
        stack.push({ value: child, path: [...frame.path, key], exit: false, forbidden });
      }
    }
  }
  return issues;
}
