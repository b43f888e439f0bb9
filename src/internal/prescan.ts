import { detail, issue, type RawIssue, toPath } from "../model/issues";

/** Deepest nesting a document may have. The model itself is at most about 8 levels deep. */
export const MAX_DEPTH = 64;
const isForbidden = (key: string): boolean =>
  key === "__proto__" || key === "constructor" || key === "prototype";

/**
 * Walks an untrusted value once, before the schema sees it, in document order: reports keys that
 * could pollute prototypes, cycles and excessive depth. Those are the inputs on which a recursive
 * validator could crash or loop; everything else is left to the schema.
 *
 * @remarks
 * The walk recurses, but never deeper than {@link MAX_DEPTH} levels, so even a maliciously deep
 * input cannot overflow the stack. It allocates nothing per value but the issues it reports.
 */
export function prescan(input: unknown): RawIssue[] {
  const issues: RawIssue[] = [];
  if (input !== null && typeof input === "object") walk(input, [], new Set(), issues);
  return issues;
}

function walk(value: object, path: PropertyKey[], onPath: Set<object>, issues: RawIssue[]): void {
  if (onPath.has(value)) {
    issues.push({ ...issue(toPath(path), "cycle"), later: true });
    return;
  }
  if (path.length > MAX_DEPTH) {
    issues.push({ ...issue(toPath(path), "too_deep", detail("depth", MAX_DEPTH)), later: true });
    return;
  }
  onPath.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i];
      if (child !== null && typeof child === "object") {
        path.push(i);
        walk(child, path, onPath, issues);
        path.pop();
      }
    }
  } else {
    for (const key of Object.keys(value)) {
      if (isForbidden(key)) {
        path.push(key);
        issues.push({ ...issue(toPath(path), "forbidden_key"), later: true });
        path.pop();
        continue;
      }
      const child: unknown = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === "object") {
        path.push(key);
        walk(child, path, onPath, issues);
        path.pop();
      }
    }
  }
  onPath.delete(value);
}
