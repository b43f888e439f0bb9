// Where a JSON text breaks, for people: line, column and the character found, and the line
// itself with a caret under the place. JSON.parse only gives an offset in its message (and not
// always that), so the offset is read from the message, or taken as the end of the text.

import { stripControls } from "./text";

/** Where JSON.parse stopped: the character found (`null` at the end), its line and column. */
export interface JsonSyntax {
  /** UTF-16 offset into the text. */
  readonly offset: number;
  /** The character found there, or `null` when the text ended too early. */
  readonly found: string | null;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, counted in characters (code points). */
  readonly column: number;
}

/** Drops a leading UTF-8 byte-order mark (as Windows Notepad writes it). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Where a JSON text that JSON.parse refused breaks, from the error it threw. */
export function jsonSyntax(text: string, error: unknown): JsonSyntax {
  const message = error instanceof Error ? error.message : String(error);
  const at = /position (\d+)/.exec(message);
  let offset = at === null ? text.length : Math.min(Number(at[1]), text.length);
  // At the end of the text, or in white space before it, the text ended too early.
  if (offset < text.length && text.slice(offset).trim() === "" && at === null) offset = text.length;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = Array.from(text.slice(lineStart, offset)).length + 1;
  const cp = text.codePointAt(offset);
  const found = offset >= text.length || cp === undefined ? null : String.fromCodePoint(cp);
  return { offset, found, line, column };
}

/** Widest excerpt of a line shown under a JSON syntax error, in characters. */
const EXCERPT = 72;

/**
 * The line of a JSON syntax error and a caret under its column: two lines, cut around the
 * column when the line is long, tabs shown as spaces, control characters dropped.
 */
export function jsonExcerpt(text: string, where: JsonSyntax): readonly [string, string] {
  const lines = text.split("\n");
  const raw = (lines[where.line - 1] ?? "").replace(/\r$/, "").replace(/\t/g, " ");
  const chars = Array.from(stripControls(raw));
  let col = Math.min(where.column - 1, chars.length);
  let start = 0;
  if (chars.length > EXCERPT)
    start = Math.max(0, Math.min(col - EXCERPT / 2, chars.length - EXCERPT));
  let shown = chars.slice(start, start + EXCERPT).join("");
  col -= start;
  if (start > 0) {
    shown = `…${shown}`;
    col += 1;
  }
  if (start + EXCERPT < chars.length) shown = `${shown}…`;
  return [shown, `${" ".repeat(col)}^`];
}
