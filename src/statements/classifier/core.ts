// Core of the statement classifier: lexicon set-up per language, cue finding, scoring of token
// ranges and the position/reason split. The public wrapper is src/statements/classify.ts.

import { scanWords, type WordRecord } from "../../internal/scan";
import type { Lang } from "../../lang";
import { EN_ALIASES, EN_CUES, EN_LEAD, EN_LINKS } from "../../lang/en/cues";
import { NL_ALIASES, NL_CUES, NL_LEAD, NL_LINKS } from "../../lang/nl/cues";
import {
  type Compiled,
  type CueEntry,
  compileLexicon,
  type Direction,
  findMatches,
  insertionSort,
  type Prepared,
  parseAliases,
  parseLexicon,
  prepare,
  type SourceEntry,
  type WordInfo,
  wordInfo,
} from "./engine";
import { BIAS, FAMILY_WEIGHTS } from "./weights";

/** An app's extension of one language's lexicon (mirrors the public option type). */
export interface LexiconPatch {
  readonly add?: readonly {
    readonly pattern: string;
    readonly kind: "standpunt" | "belang";
    readonly weight: number;
    readonly id?: string;
  }[];
  readonly remove?: readonly string[];
  readonly replace?: boolean;
}

/** Everything needed to classify in one language. */
export interface LangSetup {
  readonly lang: Lang;
  readonly lex: Compiled;
  /** Connectives: word (or `two_words`) → 1 (the reason follows) or 2 (the reason came first). */
  readonly links: ReadonlyMap<string, number>;
  /** Words (or `two_words`) that open a reason clause at the start of a statement. */
  readonly lead: ReadonlySet<string>;
  readonly weights: Readonly<Record<string, number>>;
  readonly bias: number;
  /** Weight per family index, and in a description (`/desc`); weight of belang cues in a condition. */
  readonly fw: readonly number[];
  readonly fwDesc: readonly number[];
  readonly wCond: number;
  /** Weight of standpunt cues inside what a fear or hope is about (`s/feared`). */
  readonly wFeared: number;
  /** Per family index: a means marker? a directive? */
  readonly means: readonly boolean[];
  readonly directive: readonly boolean[];
  /** Per family index: 1 opens a condition (`s.condition`), 2 a fear or hope, else 0. */
  readonly opens: readonly number[];
}

// Built on first use, per language.
const base: Partial<Record<Lang, LangSetup>> = {};
const sources: Partial<Record<Lang, SourceEntry[]>> = {};

function li(lang: Lang): 0 | 1 {
  return lang === "nl" ? 0 : 1;
}

function baseSources(lang: Lang): SourceEntry[] {
  sources[lang] ??= parseLexicon(lang === "nl" ? NL_CUES : EN_CUES);
  return sources[lang];
}

function build(lang: Lang, entries: readonly SourceEntry[]): LangSetup {
  const aliases = parseAliases(lang === "nl" ? NL_ALIASES : EN_ALIASES);
  const links = new Map<string, number>();
  for (const [w, t] of parseAliases(lang === "nl" ? NL_LINKS : EN_LINKS)) links.set(w, Number(t));
  const lex = compileLexicon(entries, aliases, links);
  // A means family is one with a weight of its own in a description (`family/desc`).
  const isMean = lex.families.map((f) => `${f}/desc` in FAMILY_WEIGHTS);
  return withWeights(
    {
      lang,
      lex,
      links,
      lead: new Set((lang === "nl" ? NL_LEAD : EN_LEAD).split(" ")),
      weights: FAMILY_WEIGHTS,
      bias: BIAS[li(lang)],
      fw: [],
      fwDesc: [],
      wCond: 0,
      wFeared: 0,
      means: isMean,
      directive: lex.families.map(
        (f, i) => f.startsWith("s.") && f !== "s.custom" && !(isMean[i] as boolean),
      ),
      opens: lex.families.map((f) =>
        f === "s.condition" ? 1 : f === "b.fear" || f === "b.hope" ? 2 : 0,
      ),
    },
    FAMILY_WEIGHTS,
    BIAS[li(lang)],
  );
}

/** The set-up with other weights: family weights become arrays indexed by family. */
export function withWeights(
  s: LangSetup,
  weights: Readonly<Record<string, number>>,
  bias: number,
): LangSetup {
  const fams = s.lex.families;
  return {
    ...s,
    weights,
    bias,
    fw: fams.map((f) => weights[f] ?? 0),
    fwDesc: fams.map((f) => weights[`${f}/desc`] ?? 0),
    wCond: weights["b/cond"] ?? 0,
    wFeared: weights["s/feared"] ?? 0,
  };
}

/** The set-up for a language with the built-in lexicon (built on first use). */
export function setupFor(lang: Lang): LangSetup {
  base[lang] ??= build(lang, baseSources(lang));
  return base[lang];
}

/**
 * The set-up for a language with an app's changes applied. Every problem with the changes is a
 * RangeError naming the entry (`lexicon.nl.add[2]`) and the rule it breaks.
 */
export function patchedSetup(lang: Lang, patch: LexiconPatch): LangSetup {
  const remove = new Set(patch.remove ?? []);
  const out = patch.replace === true ? [] : baseSources(lang).filter((e) => !removed(e, remove));
  (patch.add ?? []).forEach((a, i) => {
    const rule =
      typeof a.pattern !== "string" || a.pattern.trim() === ""
        ? "pattern must be a non-empty string"
        : !(Number.isFinite(a.weight) && a.weight >= 0)
          ? "weight must be a finite number >= 0"
          : a.kind !== "standpunt" && a.kind !== "belang"
            ? 'kind must be "standpunt" or "belang"'
            : undefined;
    if (rule !== undefined) throw new RangeError(`lexicon.${lang}.add[${i}]: ${rule}`);
    const dir: Direction = a.kind === "standpunt" ? 1 : -1;
    const family = dir === 1 ? "s.custom" : "b.custom";
    out.push({
      pattern: a.pattern,
      family,
      dir,
      weight: a.weight,
      id: a.id ?? `${family}:${a.pattern}`,
    });
  });
  return build(lang, out);
}

function removed(e: SourceEntry, remove: ReadonlySet<string>): boolean {
  return remove.has(e.id) || remove.has(e.family) || remove.has(e.pattern);
}

/** A cue found in the text: what matched, where, and its signed contribution. */
export interface RawCue {
  readonly id: string;
  readonly family: string;
  /**
   * Which weight applied: 0 the family's, 1 its `/desc` weight (a means marker in a scope
   * without a directive), 2 `b/cond` (a belang cue inside a condition), 3 `s/feared` (a
   * standpunt cue inside what a fear or hope is about).
   */
  readonly ctx: 0 | 1 | 2 | 3;
  readonly dir: Direction;
  readonly weight: number;
  /** Character offsets into the input. */
  readonly start: number;
  readonly end: number;
  /** Token range used to assign the cue to a part of the statement. */
  readonly a: number;
  readonly b: number;
}

/** A part of a split statement. */
export interface RawSegment {
  readonly dir: Direction;
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

/** The full analysis of one text. */
export interface Analysis {
  readonly lang: Lang;
  readonly empty: boolean;
  readonly bias: number;
  /** Bias plus every cue's signed weight. */
  readonly score: number;
  readonly cues: readonly RawCue[];
  /** Empty when the statement is not split. */
  readonly split: readonly RawSegment[];
  /** Offsets of the first word's start and the last word's end (0 and the length without words). */
  readonly from: number;
  readonly to: number;
}

const LETTER = /\p{L}/u;
// Entries for the cues found outside the lexicon (family indices 0 and 1), built on first use.
let structural: readonly [CueEntry, CueEntry, CueEntry] | undefined;
function structuralEntries(): readonly [CueEntry, CueEntry, CueEntry] {
  const e = (id: string, fi: number): CueEntry => ({
    id,
    family: id.slice(0, id.indexOf(":")),
    dir: 1,
    toks: [],
    anchored: false,
    weight: undefined,
    hasGap: false,
    fi,
  });
  structural ??= [e("s.question:?", 0), e("s.number:0-9", 1), e("s.number:één", 1)];
  return structural;
}

/** A structural cue before weighting: entry, character span, token range. */
interface Found {
  readonly entry: CueEntry;
  readonly start: number;
  readonly end: number;
  readonly a: number;
  readonly b: number;
}

/** Cues that are not words of the lexicon: question marks, numbers in digits, stressed "één". */
function structuralCues(p: Prepared): Found[] {
  const { marks, ends } = p;
  const entries = structuralEntries();
  const out: Found[] = [];
  for (let j = 0; j < marks.length; j += 3) {
    const a = marks[j] as number;
    const at = marks[j + 1] as number;
    const kind = marks[j + 2] as 0 | 1 | 2;
    out.push({
      entry: entries[kind],
      start: at,
      end: kind === 0 ? at + 1 : (ends[a] as number),
      a,
      b: a + 1,
    });
  }
  return out;
}

/**
 * Families that mark a concrete means (a number, a weekday, an instrument, a verb of doing).
 * They point to standpunt strongly only in a statement that also wants, proposes, demands,
 * refuses, asks or decides something (a directive: every other built-in `s.` family); in a
 * mere description ("Het zwembad is op zaterdag vol") they weigh less: their weight is then
 * that of `family/desc`.
 */
const MEANS = "s.means s.concrete s.number s.device s.scope s.time";
let means: ReadonlySet<string> | undefined;
// Built on first use (no work at module load).
function isMeans(family: string): boolean {
  means ??= new Set(MEANS.split(" "));
  return means.has(family);
}

function push(
  out: RawCue[],
  entry: CueEntry,
  s: LangSetup,
  start: number,
  end: number,
  a: number,
  b: number,
  directive: boolean,
  frame: number,
): void {
  const fi = entry.fi;
  const ctx =
    entry.dir === -1 ? (frame === 1 ? 2 : 0) : frame === 2 ? 3 : directive || !s.means[fi] ? 0 : 1;
  const weight =
    entry.weight ??
    (ctx === 0
      ? (s.fw[fi] as number)
      : ctx === 1
        ? (s.fwDesc[fi] as number)
        : ctx === 2
          ? s.wCond
          : s.wFeared);
  if (weight <= 0) return;
  out.push({ id: entry.id, family: entry.family, ctx, dir: entry.dir, weight, start, end, a, b });
}

function cueBefore(x: RawCue, y: RawCue): boolean {
  return (
    x.start < y.start ||
    (x.start === y.start && (x.end < y.end || (x.end === y.end && x.id < y.id)))
  );
}

/** Finds all cues of a text (sorted by offset, then id). */
export function findCues(p: Prepared, s: LangSetup): RawCue[] {
  const matches = findMatches(p);
  const found = structuralCues(p);
  // Scopes: a new one starts at each sentence and at each connective that opens a reason
  // (want, omdat, because, ...). A means marker counts fully only in a scope with a directive.
  const n = p.starts.length;
  const lead0 = n > 1 && s.lead.has((p.infos[0] as WordInfo).key);
  const scope: number[] = [];
  const clause: number[] = [];
  let sc = 0;
  let cl = 0;
  for (let i = 0; i < n; i++) {
    const link = (p.infos[i] as WordInfo).link !== 0;
    if (i > 0 && (p.bound[i] === 2 || link || (i === 1 && lead0))) sc++;
    // Clauses also end at a comma: a condition or a fear covers the rest of its clause only.
    if (i > 0 && ((p.bound[i] as number) > 0 || link)) cl++;
    scope.push(sc);
    clause.push(cl);
  }
  const directive: boolean[] = [];
  for (let i = 0; i <= sc; i++) directive.push(false);
  for (const m of matches) if (s.directive[m.entry.fi]) directive[scope[m.a] as number] = true;
  for (const f of found) if (s.directive[f.entry.fi]) directive[scope[f.a] as number] = true;
  // Words after a condition (alleen als, zolang, unless, only if) in the same scope state the
  // condition, not the speaker's interest: a belang cue there weighs as `b/cond`. Words after
  // a fear or hope (vrees dat, hope that) say what is feared or hoped, not what should be
  // done: a standpunt cue there weighs as `s/feared`.
  const condFrom: number[] = [];
  const fearFrom: number[] = [];
  for (let i = 0; i <= cl; i++) {
    condFrom.push(n);
    fearFrom.push(n);
  }
  for (const m of matches) {
    const k = clause[m.a] as number;
    const o = s.opens[m.entry.fi];
    if (o === 1 && m.a < (condFrom[k] as number)) condFrom[k] = m.a;
    if (o === 2 && m.a < (fearFrom[k] as number)) fearFrom[k] = m.a;
  }
  const frame = (a: number): number => {
    const k = clause[a] as number;
    return a > (fearFrom[k] as number) ? 2 : a > (condFrom[k] as number) ? 1 : 0;
  };
  const lex: RawCue[] = [];
  for (const m of matches) {
    const k = scope[m.a] as number;
    const start = p.starts[m.a] as number;
    const end = p.ends[m.b - 1] as number;
    push(lex, m.entry, s, start, end, m.a, m.b, directive[k] === true, frame(m.a));
  }
  // Matches come in word order, longest first per word: only neighbours can be out of order,
  // so insertion sort is linear here.
  insertionSort(lex, cueBefore);
  const st: RawCue[] = [];
  for (const f of found) {
    const k = scope[f.a] as number;
    push(st, f.entry, s, f.start, f.end, f.a, f.b, directive[k] === true, frame(f.a));
  }
  if (st.length === 0) return lex;
  // Both lists are sorted: merge them.
  const out: RawCue[] = [];
  let i = 0;
  let j = 0;
  while (i < lex.length || j < st.length) {
    if (j >= st.length || (i < lex.length && cueBefore(lex[i] as RawCue, st[j] as RawCue))) {
      out.push(lex[i++] as RawCue);
    } else out.push(st[j++] as RawCue);
  }
  return out;
}

/** Weights and biases to use instead of the fitted ones (for fitting and cross-validation). */
export interface Model {
  readonly weights: Readonly<Record<string, number>>;
  readonly bias: readonly [number, number];
}

/** Analyses one text. */
export function analyse(
  text: string,
  lang: Lang | undefined,
  custom: Partial<Record<Lang, LangSetup>> | undefined,
  reweigh?: (s: LangSetup) => LangSetup,
): Analysis {
  // One pass finds the words, their language votes and (per language) their lexicon entries.
  const { starts, ends, words, vote } = scanWords<WordInfo>(text);
  const n = starts.length;
  const l: Lang = lang ?? (vote < 0 ? "en" : "nl");
  const own = custom?.[l];
  const base0 = own ?? setupFor(l);
  const s = reweigh === undefined ? base0 : reweigh(base0);
  const from = n === 0 ? 0 : (starts[0] as number);
  const to = n === 0 ? text.length : (ends[n - 1] as number);
  if (n === 0 || !LETTER.test(text)) {
    return { lang: l, empty: true, bias: s.bias, score: 0, cues: [], split: [], from, to };
  }
  // What the lexicon knows of each word; for the built-in lexicons kept with the word.
  const infos: WordInfo[] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i] as WordRecord<WordInfo>;
    let info = own === undefined ? w[l] : undefined;
    if (info === undefined) {
      info = wordInfo(s.lex, w.norm);
      if (own === undefined) w[l] = info;
    }
    infos.push(info);
  }
  const p = prepare(text, starts, ends, infos);
  const cues = findCues(p, s);
  let score = s.bias;
  for (const c of cues) score += c.dir * c.weight;
  const split = splitStatement(p, s, cues, score);
  return { lang: l, empty: false, bias: s.bias, score, cues, split, from, to };
}

/**
 * A statement is only split when it leans to standpunt as a whole (score >= SPLIT_MIN) or its
 * position part is clearly a position on its own (score >= POS_MIN): otherwise a clause that
 * merely looks like a measure inside an interest would turn the interest into a position.
 */
const SPLIT_MIN = -1;
const POS_MIN = 1.2;

/**
 * A split candidate: the position's token range, the reason's range (for the segment), the
 * reason's range as scored (with its connective), rank (lower is better) and margin.
 */
type Candidate = [
  pos0: number,
  pos1: number,
  why0: number,
  why1: number,
  ws0: number,
  ws1: number,
  rank: number,
  margin: number,
];

/**
 * Looks for a split into a position and its reason. Candidates are connectives (want, omdat,
 * because, so that, dus, ...), sentence breaks and commas. A candidate is taken when the position
 * part scores as standpunt on its own cues and the reason part scores lower (after a connective
 * or across a sentence break) or as belang (across a comma). Connectives rank before sentence
 * breaks before commas; within a rank the larger margin wins. Linear in the input: part scores
 * come from prefix sums over the cues.
 */
function splitStatement(
  p: Prepared,
  s: LangSetup,
  cues: readonly RawCue[],
  fullScore: number,
): RawSegment[] {
  const n = p.starts.length;
  if (n < 6) return [];
  // A position part needs a score > 0: impossible without a standpunt cue when the bias is <= 0.
  let anyPos = s.bias > 0;
  for (let i = 0; i < cues.length && !anyPos; i++) anyPos = (cues[i] as RawCue).dir === 1;
  if (!anyPos) return [];
  // Nothing to do without a clause boundary or a connective between two parts of 3+ words.
  const key = (i: number): string => (p.infos[i] as WordInfo).key;
  const k0 = key(0);
  const leadTwo = s.lead.has(`${k0}_${key(1)}`);
  let any = leadTwo || s.lead.has(k0);
  for (let i = 3; i <= n - 3 && !any; i++)
    any = (p.bound[i] as number) > 0 || (p.infos[i] as WordInfo).link !== 0;
  if (!any) return [];
  // endSum[k]: signed weight of cues ending at or before token k; startSum[k]: starting at or after k.
  const endSum: number[] = [];
  const startSum: number[] = [];
  for (let k = 0; k <= n + 1; k++) {
    endSum.push(0);
    startSum.push(0);
  }
  for (const c of cues) {
    endSum[c.b] = (endSum[c.b] as number) + c.dir * c.weight;
    startSum[c.a] = (startSum[c.a] as number) + c.dir * c.weight;
  }
  for (let k = 1; k <= n; k++) endSum[k] = (endSum[k] as number) + (endSum[k - 1] as number);
  for (let k = n - 1; k >= 0; k--)
    startSum[k] = (startSum[k] as number) + (startSum[k + 1] as number);
  const total = endSum[n] as number;
  // Score of [lo, hi) when the range is a prefix or a suffix of the text.
  const rangeScore = (lo: number, hi: number): number =>
    lo === 0
      ? s.bias + (endSum[hi] as number)
      : hi === n
        ? s.bias + (startSum[lo] as number)
        : s.bias + total;

  // The best candidate so far (rank 9: none yet); a lower rank wins, then a larger margin.
  let best: Candidate = [-1, -1, -1, -1, -1, -1, 9, 0];
  const consider = (
    pos0: number,
    pos1: number,
    why0: number,
    why1: number,
    ws0: number,
    ws1: number,
    rank: number,
  ): void => {
    if (rank > best[6] || pos1 - pos0 < 3 || why1 - why0 < 3) return;
    const ps = rangeScore(pos0, pos1);
    const ws = rangeScore(ws0, ws1);
    // An explicit connective or a sentence break marks the reason: it only has to score below
    // the position. Between two clauses joined by a comma, the parts must point to opposite kinds.
    if (ps <= 0 || (fullScore < SPLIT_MIN && ps < POS_MIN)) return;
    if (ws >= (rank <= 2 ? ps : 0)) return;
    const margin = Math.min(ps, -ws);
    if (rank < best[6] || margin > best[7]) best = [pos0, pos1, why0, why1, ws0, ws1, rank, margin];
  };
  // A reason clause that opens the statement: "Omdat Y, X" / "To Y, X".
  let leadEnd = -1;
  if (s.lead.has(k0) || leadTwo) {
    for (let k = 2; k < n; k++) {
      if ((p.bound[k] as number) > 0) {
        leadEnd = k;
        if (n - k >= 2) consider(k, n, leadTwo ? 2 : 1, k, 0, k, 0);
        break;
      }
    }
  }
  for (let i = 2; i < n - 1; i++) {
    let type = (p.infos[i] as WordInfo).link === 0 ? undefined : s.links.get(key(i));
    let skip = 1;
    if (type !== undefined && i + 1 < n) {
      const two = s.links.get(`${key(i)}_${key(i + 1)}`);
      if (two !== undefined) {
        type = two;
        skip = 2;
      }
    }
    if (type !== undefined) {
      // Connectives that follow (want dan, because then) belong to neither part.
      let j = i + skip;
      while (j < n - 1 && (p.infos[j] as WordInfo).link === 1 && p.bound[j] === 0) j++;
      if (n - j < 2) continue;
      const rank = (p.bound[i] as number) > 0 ? 0 : 1;
      if (type === 1) consider(0, i, j, n, i, n, rank);
      else consider(j, n, 0, i, 0, i, rank);
      i = j - 1;
      continue;
    }
    if ((p.bound[i] as number) > 0 && i !== leadEnd) {
      const rank = p.bound[i] === 2 ? 2 : 3;
      consider(0, i, i, n, i, n, rank);
      consider(i, n, 0, i, 0, i, rank);
    }
  }
  const [pos0, pos1, why0, why1, ws0, ws1] = best;
  if (pos0 < 0) return [];
  const posSeg = span(p, pos0, pos1, 1, rangeScore(pos0, pos1));
  const whySeg = span(p, why0, why1, -1, rangeScore(ws0, ws1));
  return posSeg.start < whySeg.start ? [posSeg, whySeg] : [whySeg, posSeg];
}

function span(p: Prepared, lo: number, hi: number, dir: Direction, score: number): RawSegment {
  const { text, starts, ends } = p;
  let start = starts[lo] as number;
  // A clitic written with a leading apostrophe ('k, 't) belongs to its word.
  const prev = text.charCodeAt(start - 1);
  if (prev === 39 || prev === 0x2019) start--;
  let end = ends[hi - 1] as number;
  // A position asked as a question keeps its question mark.
  const to = hi < starts.length ? (starts[hi] as number) : text.length;
  for (let c = end; c < to; c++) {
    const ch = text.charCodeAt(c);
    if (ch === 63) {
      end = c + 1;
      break;
    }
    if (ch !== 32) break;
  }
  return { dir, start, end, score };
}

/** Every cue family of the built-in lexicons, structural families included (sorted). */
export function families(): string[] {
  const set = new Set<string>(["s.question", "s.number"]);
  for (const lang of ["nl", "en"] as const) for (const e of baseSources(lang)) set.add(e.family);
  for (const f of [...set]) if (isMeans(f)) set.add(`${f}/desc`);
  set.add("b/cond");
  set.add("s/feared");
  return [...set].sort();
}
