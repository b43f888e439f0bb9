// Character classes on user text, written as loops: linear, no backtracking.

/** Whether a UTF-16 code unit is a control character (C0, DEL or C1). */
export function isControl(c: number): boolean {
  return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

/** Whether a code unit breaks a line somewhere: LF, VT, FF, CR, NEL, U+2028, U+2029. */
export function isLineBreak(c: number): boolean {
  return (c >= 0x0a && c <= 0x0d) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/**
 * Drops control characters, which could drive a terminal (ESC, BEL) or corrupt a document;
 * `keep` lists code units to keep (such as `\n`).
 */
export function stripControls(text: string, keep = ""): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isControl(c) && !keep.includes(text[i] as string)) {
      out += text.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Whether a text has at least one visible character: not white space, not a control or format
 * character (zero-width space, joiners, direction marks, soft hyphen, byte order mark), not a
 * combining mark on its own, not a lone surrogate, not a blank letter (Hangul fillers, the
 * braille blank).
 */
export function hasVisible(text: string): boolean {
  return /[^\p{White_Space}\p{Cc}\p{Cf}\p{Cs}\p{M}\p{Zs}\u115f\u1160\u3164\uffa0\u2800]/u.test(
    text,
  );
}
