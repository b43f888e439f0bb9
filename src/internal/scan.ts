// The tokenizer: finds the words of a text (letters or digits, joined by inner apostrophes or
// hyphens) with their offsets and normal forms, without building a string or an object per word. Each word is hashed
// while it is read and looked up in a table of the words seen before, comparing characters in
// place; only a word never seen before is sliced out and normalised. Words with a character
// outside ASCII take the slow path through `normalize` and the same table.

import { votesOf } from "./function-words";
import { normalize } from "./tokenize";

/** A word seen before: its normal form, its language votes and what each lexicon knows of it. */
export interface WordRecord {
  readonly norm: string;
  /** Its weight as a function word of each built-in language (see `votesOf`), if it is one. */
  readonly votes: readonly number[] | undefined;
  /** Look-ups in the built-in lexicons, by the lexicon's slot, filled in on first use. */
  readonly infos: unknown[];
}

/** The words of a text: offsets into it and one record per word. */
export interface Scanned {
  readonly starts: number[];
  readonly ends: number[];
  readonly words: WordRecord[];
  /** Sum of the words' votes per built-in language. */
  readonly votes: number[];
}

// The words seen before, built on first use: open addressing over `slots` (slot → index + 1
// into `records`, 0 = empty). When half the slots are taken, the table doubles (the records
// are kept, so their cached look-ups too), up to MAX_BITS; beyond that it starts afresh, so a
// long-running app's memory stays bounded.
const MIN_BITS = 14;
const MAX_BITS = 18;
const SEED = 0x811c9dc5;
let bits = MIN_BITS;
let mask = (1 << bits) - 1;
let slots: Int32Array | undefined;
let records: WordRecord[] = [];

/** An ASCII capital's code in lower case; any other code as it is. */
export function lowerAscii(c: number): number {
  return c >= UPPER_A && c <= UPPER_Z ? c | LOWER_CASE_BIT : c;
}

function mix(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** The hash of a normal form, as the scanner computes it while reading the word. */
function hashOf(norm: string): number {
  let h = SEED;
  for (let j = 0; j < norm.length; j++) h = mix(h, norm.charCodeAt(j));
  return h;
}

/** Makes room: twice the slots with the same records, or, at the largest size, a fresh table. */
function grow(): void {
  if (slots === undefined || bits === MAX_BITS) {
    bits = MIN_BITS;
    mask = (1 << bits) - 1;
    slots = new Int32Array(mask + 1);
    records = [];
    return;
  }
  bits++;
  mask = (1 << bits) - 1;
  slots = new Int32Array(mask + 1);
  for (let r = 0; r < records.length; r++) {
    const h = hashOf((records[r] as WordRecord).norm);
    let slot = (h ^ (h >>> bits)) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = r + 1;
  }
}

/**
 * The record of the word src[from, to) in lower case, whose hash is `h`: `norm` is its normal
 * form when already made (a word beyond ASCII), else it is made on first sight.
 */
function lookup(
  src: string,
  from: number,
  to: number,
  h: number,
  norm: string | undefined,
): WordRecord {
  if (slots === undefined || records.length > mask >> 1) grow();
  const table = slots as Int32Array;
  const n = to - from;
  for (let slot = (h ^ (h >>> bits)) & mask; ; slot = (slot + 1) & mask) {
    const r = table[slot] as number;
    if (r === 0) {
      const w = norm ?? src.slice(from, to).toLowerCase();
      const rec: WordRecord = { norm: w, votes: votesOf(w), infos: [] };
      table[slot] = records.push(rec);
      return rec;
    }
    const known = (records[r - 1] as WordRecord).norm;
    // Compare in place, lower-casing as we go; a word of another length is no match.
    let j = known.length === n ? 0 : n + 1;
    for (; j < n; j++) {
      const c = src.charCodeAt(from + j);
      if (known.charCodeAt(j) !== lowerAscii(c)) break;
    }
    if (j === n) return records[r - 1] as WordRecord;
  }
}

// Character codes the scanner reads; ASCII letters are lower-cased by setting one bit.
const APOSTROPHE = 39;
const COMMA = 44;
const FULL_STOP = 46;
const HYPHEN = 45;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const UPPER_A = 65;
const UPPER_Z = 90;
const LOWER_A = 97;
const LOWER_Z = 122;
const LOWER_CASE_BIT = 32;
const ASCII_END = 128;
const RIGHT_QUOTE = 0x2019;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Code units (1 or 2) of the letter or digit at `i` (< text.length), or 0 when there is none. */
function wordChar(text: string, i: number): number {
  const c = text.charCodeAt(i);
  // ASCII: a letter in either case (c | 32 is its lower case), or a digit.
  if (c < ASCII_END) {
    const lower = c | LOWER_CASE_BIT;
    return (lower >= LOWER_A && lower <= LOWER_Z) || (c >= DIGIT_0 && c <= DIGIT_9) ? 1 : 0;
  }
  const cp = text.codePointAt(i) as number;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

/** Whether the character at `i` is an ASCII digit (false outside the text). */
function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= DIGIT_0 && c <= DIGIT_9;
}

/** Whether the character at `i` is a full stop with a letter or digit right after it. */
function isAbbreviationDot(text: string, i: number): boolean {
  return text.charCodeAt(i) === FULL_STOP && i + 1 < text.length && wordChar(text, i + 1) > 0;
}

/**
 * Finds the words of a text (letters or digits, joined by inner apostrophes or hyphens), with
 * their records. One pass over the text, no backtracking.
 */
export function scanWords(text: string): Scanned {
  const starts: number[] = [];
  const ends: number[] = [];
  const words: WordRecord[] = [];
  const votes: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = wordChar(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = SEED;
    let ascii = true;
    for (;;) {
      // A run of letters and digits (lower-cased into the hash)...
      while (w > 0) {
        const c = text.charCodeAt(i);
        if (c < ASCII_END) h = mix(h, lowerAscii(c));
        else ascii = false;
        i += w;
        w = i < n ? wordChar(text, i) : 0;
      }
      // ...joined to the next by an apostrophe or hyphen when a letter or digit follows, and
      // one number by a decimal or thousands separator between two digits ("2,5", "6,200",
      // "1.500"), so that its comma is no clause break and its parts no two numbers.
      const c = text.charCodeAt(i);
      if ((c === APOSTROPHE || c === HYPHEN || c === RIGHT_QUOTE) && i + 1 < n) {
        w = wordChar(text, i + 1);
        if (w > 0) {
          if (c === RIGHT_QUOTE) ascii = false;
          h = mix(h, c);
          i++;
          continue;
        }
      }
      if ((c === COMMA || c === FULL_STOP) && isDigit(text, i - 1) && isDigit(text, i + 1)) {
        h = mix(h, c);
        i++;
        w = 1;
        continue;
      }
      break;
    }
    let rec: WordRecord;
    if (ascii) rec = lookup(text, start, i, h, undefined);
    else {
      const norm = normalize(text.slice(start, i));
      rec = lookup(norm, 0, norm.length, hashOf(norm), norm);
    }
    starts.push(start);
    ends.push(i);
    words.push(rec);
    const v = rec.votes;
    // One letter with a full stop and a letter right after it is part of an abbreviation
    // ("i.p.v.", "o.a.", "e.g."), not a word of its own: it casts no language vote.
    if (v !== undefined && !(i - start === 1 && isAbbreviationDot(text, i))) {
      for (let k = 0; k < v.length; k++) votes[k] = (votes[k] ?? 0) + (v[k] as number);
    }
  }
  return { starts, ends, words, votes };
}

/** The engines that keep their look-ups in the word records, each with one slot per language. */
export const Engine = { Statements: 0, Lenses: 1, Levels: 2, Concepts: 3, Themes: 4 } as const;
const SLOTS_PER_ENGINE = 8;

/** The slot of a built-in lexicon in {@link WordRecord.infos}. */
export function slotOf(engine: (typeof Engine)[keyof typeof Engine], langIndex: number): number {
  return engine * SLOTS_PER_ENGINE + langIndex;
}
