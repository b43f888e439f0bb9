import type * as z from "zod";
import { DEFAULT_MESSAGES_LANG, type LangOption, MESSAGES, partOf } from "../lang";
import type { IssueDetails, MessagesPart } from "../lang/types";
import type { IssueCode, SamenwerkingIssue } from "./errors";

/** @internal A detail of an issue, by key, with its arguments (worded by the language's table). */
export type Detail = {
  readonly [K in keyof IssueDetails]: { readonly key: K; readonly args: IssueDetails[K] };
}[keyof IssueDetails];

/** @internal An issue before it is worded: its path, its rule and the detail's arguments. */
export interface RawIssue {
  readonly path: string;
  readonly code: IssueCode;
  readonly detail?: Detail;
  /** Whether later checks could not run because of this problem. */
  readonly later?: boolean;
}

/** @internal A detail with its arguments. */
export function detail<K extends keyof IssueDetails>(key: K, ...args: IssueDetails[K]): Detail {
  return { key, args } as unknown as Detail;
}

/** Builds an issue: its path, its rule and an optional detail, worded later. */
export function issue(path: string, code: IssueCode, d?: Detail): RawIssue {
  return d === undefined ? { path, code } : { path, code, detail: d };
}

/** The message table of a language (English when none is chosen). */
export function messagesOf(lang: LangOption | undefined): MessagesPart {
  return partOf(MESSAGES, "messages", lang ?? DEFAULT_MESSAGES_LANG);
}

/** @internal Words one issue in a language: the rule, then the detail after a colon. */
export function word(raw: RawIssue, m: MessagesPart): SamenwerkingIssue {
  let message = m.issues[raw.code];
  if (raw.detail !== undefined) {
    const f = m.details[raw.detail.key] as (...args: readonly unknown[]) => string;
    message += `: ${f(...raw.detail.args)}`;
  }
  if (raw.later === true) message += ` (${m.laterChecks})`;
  return { path: raw.path, code: raw.code, message };
}

/** @internal Words every issue in a language (English when none is chosen). */
export function render(raws: readonly RawIssue[], lang?: LangOption): SamenwerkingIssue[] {
  const m = messagesOf(lang);
  return raws.map((r) => word(r, m));
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

const unitOf = (origin: string): "characters" | "items" | "" =>
  origin === "string" ? "characters" : origin === "array" ? "items" : "";

/** Maps zod's issues into the library's own shape, so callers never see zod's format. */
export function fromZodIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  input: unknown,
  base = "",
): RawIssue[] {
  const out: RawIssue[] = [];
  for (const zi of zodIssues) {
    const path = toPath(zi.path, base);
    switch (zi.code) {
      case "invalid_type": {
        const value = valueAt(input, zi.path);
        if (value === undefined && !hasPath(input, zi.path)) out.push(issue(path, "missing"));
        else if (typeof value === "number" && zi.expected === "int" && Number.isFinite(value))
          out.push(issue(path, "not_integer", detail("got", String(value))));
        else if (typeof value === "number" && (zi.expected === "number" || zi.expected === "int"))
          out.push(issue(path, "not_finite", detail("got", String(value))));
        else
          out.push(
            issue(path, "invalid_type", detail("expectedType", zi.expected, describe(value))),
          );
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
          issue(path, "too_small", detail("minimum", String(zi.minimum), unitOf(zi.origin))),
        );
        break;
      case "too_big":
        out.push(issue(path, "too_big", detail("maximum", String(zi.maximum), unitOf(zi.origin))));
        break;
      case "invalid_value":
        out.push(
          issue(
            path,
            "invalid_value",
            detail("oneOf", zi.values.map((v) => JSON.stringify(v)).join(", ")),
          ),
        );
        break;
      case "custom": {
        const params = zi.params as { code?: IssueCode; detail?: Detail } | undefined;
        out.push(issue(path, params?.code ?? "invalid_value", params?.detail));
        break;
      }
      default:
        out.push(issue(path, "invalid_value", detail("other", zi.message)));
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
