import type { SamenwerkingIssue } from "../errors";
import { issue, toPath } from "./issues";

/** Deepest nesting a document may have. The model itself is at most about 8 levels deep. */
export const MAX_DEPTH = 64;
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Walks an untrusted value once, without recursion, before the schema sees it: reports keys
 * that could pollute prototypes, cycles and excessive depth. Those are the inputs on which a
 * recursive validator could crash or loop; everything else is left to the schema.
 */
export function prescan(input: unknown): SamenwerkingIssue[] {
  const issues: SamenwerkingIssue[] = [];
  if (input === null || typeof input !== "object") return issues;
  const onPath = new Set<object>();
  // Each frame: the value, its path, its depth; `exit` frames pop the value off the path.
  const stack: { value: object; path: PropertyKey[]; exit: boolean }[] = [
    { value: input, path: [], exit: false },
  ];
  while (stack.length > 0) {
    const frame = stack.pop() as { value: object; path: PropertyKey[]; exit: boolean };
    if (frame.exit) {
      onPath.delete(frame.value);
      continue;
    }
    if (onPath.has(frame.value)) {
      issues.push(issue(toPath(frame.path), "cycle"));
      continue;
    }
    if (frame.path.length > MAX_DEPTH) {
      issues.push(issue(toPath(frame.path), "too_deep", `more than ${MAX_DEPTH} levels`));
      continue;
    }
    onPath.add(frame.value);
    stack.push({ value: frame.value, path: frame.path, exit: true });
    const keys = Array.isArray(frame.value) ? null : Object.keys(frame.value);
    const children: [PropertyKey, unknown][] = [];
    if (keys === null) {
      const arr = frame.value as unknown[];
      for (let i = 0; i < arr.length; i++) children.push([i, arr[i]]);
    } else {
      for (const key of keys) {
        if (FORBIDDEN.has(key)) {
          issues.push(issue(toPath([...frame.path, key]), "forbidden_key"));
          continue;
        }
        children.push([key, (frame.value as Record<string, unknown>)[key]]);
      }
    }
    for (let i = children.length - 1; i >= 0; i--) {
      const [key, child] = children[i] as [PropertyKey, unknown];
      if (child !== null && typeof child === "object") {
        stack.push({ value: child, path: [...frame.path, key], exit: false });
      }
    }
  }
  return issues;
}
