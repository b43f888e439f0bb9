import type * as z from "zod";
import { ISSUE_MESSAGES, type IssueCode, type SamenwerkingIssue } from "./errors";

/** Builds an issue whose message is the rule's text plus an optional detail. */
export function issue(path: string, code: IssueCode, detail?: string): SamenwerkingIssue {
  return {
    path,
    code,
    message: detail === undefined ? ISSUE_MESSAGES[code] : `${ISSUE_MESSAGES[code]}: ${detail}`,
  };
}

/** Dotted path with indices: `["belangen", 3, "partnerId"]` → `belangen[3].partnerId`. */
export function toPath(segments: readonly PropertyKey[], base = ""): string {
  let out = base;
  for (const seg of segments) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (typeof seg === "string" && /^[A-Za-z_$][\w$]*$/.test(seg))
      out += out === "" ? seg : `.${seg}`;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && Number.isNaN(value)) return "NaN";
  return typeof value;
}

function valueAt(root: unknown, segments: readonly PropertyKey[]): unknown {
  let cur = root;
  for (const seg of segments) {
    if (cur === null || typeof cur !== "object") return undefined;
    if (!Object.hasOwn(cur, seg)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

/** Maps zod's issues into the library's own shape, so callers never see zod's format. */
export function fromZodIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  input: unknown,
  base = "",
): SamenwerkingIssue[] {
  const out: SamenwerkingIssue[] = [];
  for (const zi of zodIssues) {
    const path = toPath(zi.path, base);
    switch (zi.code) {
      case "invalid_type": {
        const value = valueAt(input, zi.path);
        if (value === undefined && !hasPath(input, zi.path)) out.push(issue(path, "missing"));
        else if (typeof value === "number" && zi.expected === "int" && Number.isFinite(value))
          out.push(issue(path, "not_integer", `got ${value}`));
        else if (typeof value === "number" && (zi.expected === "number" || zi.expected === "int"))
          out.push(issue(path, "not_finite", `got ${String(value)}`));
        else
          out.push(issue(path, "invalid_type", `expected ${zi.expected}, got ${describe(value)}`));
        break;
      }
      case "unrecognized_keys":
        for (const key of zi.keys) {
          const code =
            key === "__proto__" || key === "constructor" || key === "prototype"
              ? "forbidden_key"
              : "unknown_key";
          out.push(issue(toPath([...zi.path, key], base), code));
        }
        break;
      case "too_small":
        out.push(
          issue(
            path,
            "too_small",
            `minimum ${String(zi.minimum)}${zi.origin === "string" ? " characters" : zi.origin === "array" ? " items" : ""}`,
          ),
        );
        break;
      case "too_big":
        out.push(
          issue(
            path,
            "too_big",
            `maximum ${String(zi.maximum)}${zi.origin === "string" ? " characters" : zi.origin === "array" ? " items" : ""}`,
          ),
        );
        break;
      case "invalid_value":
        out.push(
          issue(
            path,
            "invalid_value",
            `expected one of ${zi.values.map((v) => JSON.stringify(v)).join(", ")}`,
          ),
        );
        break;
      case "custom": {
        const code = (zi.params as { code?: IssueCode } | undefined)?.code ?? "invalid_value";
        out.push(issue(path, code, (zi.params as { detail?: string } | undefined)?.detail));
        break;
      }
      default:
        out.push(issue(path, "invalid_value", zi.message));
    }
  }
  return out;
}

function hasPath(root: unknown, segments: readonly PropertyKey[]): boolean {
  let cur = root;
  for (const seg of segments) {
    if (cur === null || typeof cur !== "object" || !Object.hasOwn(cur, seg)) return false;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return true;
}
