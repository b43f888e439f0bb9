// The classifier's word scanner: finds the same words as `tokenize` (same offsets, same
// normalised form), but without building a string or an object per word. Each word is hashed
// while it is read and looked up in a table of the words seen before, comparing characters in
// place; only a word never seen before is sliced out and normalised. Words with a character
// outside ASCII take the slow path through `normalize` and the same table.

import { langVote } from "./lang-detect";
import { normalize } from "./tokenize";

/** A word seen before: its normal form, its language vote and what each lexicon knows of it. */
export interface WordRecord<I> {
  readonly norm: string;
  /** +1 Dutch, -1 English, 0 neither (see `langVote`). */
  readonly vote: number;
  /** Look-ups in the built-in lexicons, filled in by the classifier on first use. */
  nl: I | undefined;
  en: I | undefined;
}

/** The words of a text: offsets into it and one record per word. */
export interface Scanned<I> {
  readonly starts: number[];
  readonly ends: number[];
  readonly words: WordRecord<I>[];
  /** Sum of the words' language votes: < 0 leans English. */
  readonly vote: number;
}

// The table of words seen before, built on first use. Open addressing over `slots`
// (slot → word index + 1, 0 = empty); per word its full hash, its normal form's characters in
// `chars` (from `at`, `len` long) and its record. Everything a look-up touches lies in a few
// small typed arrays, close together in memory; only a hit reads the record.
const MIN_BITS = 12;
const MAX_BITS = 16;
interface Table {
  bits: number;
  slots: Int32Array;
  hashes: Int32Array;
  at: Int32Array;
  len: Int32Array;
  chars: Uint16Array;
  used: number;
  records: WordRecord<unknown>[];
}
let words: Table | undefined;

function emptyTable(bits: number): Table {
  const n = 1 << (bits - 1);
  return {
    bits,
    slots: new Int32Array(1 << bits),
    hashes: new Int32Array(n),
    at: new Int32Array(n),
    len: new Int32Array(n),
    chars: new Uint16Array(n * 8),
    used: 0,
    records: [],
  };
}

function slotOf(h: number, bits: number): number {
  return (h ^ (h >>> bits)) & ((1 << bits) - 1);
}

/** The table with room for one more word: twice as large when half full; afresh at most. */
function roomy(): Table {
  let t = words;
  if (t === undefined) t = emptyTable(MIN_BITS);
  else if (t.records.length >= t.hashes.length) {
    if (t.bits >= MAX_BITS) t = emptyTable(MIN_BITS);
    else {
      const g = emptyTable(t.bits + 1);
      const n = t.records.length;
      g.hashes.set(t.hashes);
      g.at.set(t.at);
      g.len.set(t.len);
      g.chars = new Uint16Array(Math.max(g.chars.length, t.chars.length));
      g.chars.set(t.chars);
      g.used = t.used;
      g.records = t.records;
      for (let k = 0; k < n; k++) {
        let slot = slotOf(g.hashes[k] as number, g.bits);
        while (g.slots[slot] !== 0) slot = (slot + 1) & (g.slots.length - 1);
        g.slots[slot] = k + 1;
      }
      t = g;
    }
  }
  words = t;
  return t;
}

function insert<I>(t: Table, slot: number, h: number, norm: string): WordRecord<I> {
  const k = t.records.length;
  if (t.used + norm.length > t.chars.length) {
    const c = new Uint16Array(Math.max(2 * t.chars.length, t.used + norm.length));
    c.set(t.chars);
    t.chars = c;
  }
  for (let j = 0; j < norm.length; j++) t.chars[t.used + j] = norm.charCodeAt(j);
  t.hashes[k] = h;
  t.at[k] = t.used;
  t.len[k] = norm.length;
  t.used += norm.length;
  const rec: WordRecord<I> = { norm, vote: langVote(norm), nl: undefined, en: undefined };
  t.records.push(rec);
  t.slots[slot] = k + 1;
  return rec;
}

function mix(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** The record of the ASCII word text[from, to), whose lower-case hash is `h`. */
function asciiRecord<I>(text: string, from: number, to: number, h: number): WordRecord<I> {
  const t = roomy();
  const { slots, hashes, at, len, chars } = t;
  const mask = slots.length - 1;
  const n = to - from;
  for (let slot = slotOf(h, t.bits); ; slot = (slot + 1) & mask) {
    const k = (slots[slot] as number) - 1;
    if (k < 0) return insert(t, slot, h, text.slice(from, to).toLowerCase());
    if (hashes[k] !== h || len[k] !== n) continue;
    const a = at[k] as number;
    let j = 0;
    for (; j < n; j++) {
      const c = text.charCodeAt(from + j);
      if (chars[a + j] !== (c >= 65 && c <= 90 ? c | 32 : c)) break;
    }
    if (j === n) return t.records[k] as WordRecord<I>;
  }
}

/** The record of a word by its normal form (the slow path, for words beyond ASCII). */
function normRecord<I>(norm: string): WordRecord<I> {
  let h = 0x811c9dc5;
  for (let j = 0; j < norm.length; j++) h = mix(h, norm.charCodeAt(j));
  const t = roomy();
  const mask = t.slots.length - 1;
  for (let slot = slotOf(h, t.bits); ; slot = (slot + 1) & mask) {
    const k = (t.slots[slot] as number) - 1;
    if (k < 0) return insert(t, slot, h, norm);
    if (t.hashes[k] === h && (t.records[k] as WordRecord<I>).norm === norm) {
      return t.records[k] as WordRecord<I>;
    }
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Length (1 or 2 code units) of the letter or digit at `i` beyond ASCII, or 0 when it is none. */
function wideWordChar(text: string, i: number): number {
  const cp = text.codePointAt(i) as number;
  if (!LETTER_OR_DIGIT.test(String.fromCodePoint(cp))) return 0;
  return cp > 0xffff ? 2 : 1;
}

/** Letters and digits in ASCII: 1 for a lower-case letter or digit, 2 for an upper-case letter. */
function asciiClass(c: number): number {
  if (c >= 97) return c <= 122 ? 1 : 0;
  if (c >= 65) return c <= 90 ? 2 : 0;
  return c >= 48 && c <= 57 ? 1 : 0;
}

/** Whether a word character (ASCII or beyond) starts at `i`. */
function wordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? asciiClass(c) !== 0 : wideWordChar(text, i) !== 0;
}

/**
 * Finds the words of a text exactly as `tokenize` does (letters or digits, joined by inner
 * apostrophes or hyphens), with their records. One pass over the text, no backtracking.
 */
export function scanWords<I>(text: string): Scanned<I> {
  const starts: number[] = [];
  const ends: number[] = [];
  const words: WordRecord<I>[] = [];
  let vote = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!wordCharAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let h = 0x811c9dc5;
    let ascii = true;
    for (;;) {
      // A run of letters and digits.
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c < 128) {
          const k = asciiClass(c);
          if (k === 0) break;
          h = mix(h, k === 2 ? c | 32 : c);
          i++;
        } else {
          const w = wideWordChar(text, i);
          if (w === 0) break;
          ascii = false;
          i += w;
        }
      }
      // An apostrophe or hyphen joins it to the next run when a letter or digit follows.
      const c = text.charCodeAt(i);
      if ((c === 39 || c === 45 || c === 0x2019) && i + 1 < n && wordCharAt(text, i + 1)) {
        if (c === 0x2019) ascii = false;
        h = mix(h, c);
        i++;
        continue;
      }
      break;
    }
    const rec: WordRecord<I> = ascii
      ? asciiRecord(text, start, i, h)
      : normRecord(normalize(text.slice(start, i)));
    starts.push(start);
    ends.push(i);
    words.push(rec);
    vote += rec.vote;
  }
  return { starts, ends, words, vote };
}
