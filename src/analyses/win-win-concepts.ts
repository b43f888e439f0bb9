// Win-win matching with a concept vocabulary: belangen meet on word themes and on concepts,
// weighed by evidence and specificity. Carried by the vocabularies of `samenwerken/concepts`
// (see ./concept-engine), so the main entry bundles none of it.

import { lowerBound } from "../internal/collections";
import { compareStrings, sortedStrings } from "../internal/json";
import type { Scanned } from "../internal/scan";
import type { ConceptVocabulary } from "../lang/types";
import type { Samenwerking } from "../model/samenwerking";
import type { CueLexicon } from "../statements/lexicon";
import type { ConceptEngine } from "./concept-engine";
import {
  ambiguousOf,
  ambiguousWords,
  ancestors,
  type ConceptGraph,
  type ConceptMatch,
  checkVocabulary,
  conceptLexicon,
  graphOf,
  matchConcepts,
  readConcepts,
  wholeTerms,
} from "./concepts";
import { type ThemeIndex, themeIndex } from "./themes";
import type { Join } from "./win-win";
import {
  type Candidate,
  type Context,
  groupByPartners,
  makeCandidate,
  uniqueSorted,
} from "./win-win-core";

// How keys (a word theme or a concept) weigh. A belang joins on a key when its strength there,
// evidence × specificity, reaches MIN_STRENGTH.
/** A shared word counts at this evidence (a concept term at 1, a related term at 0.5). */
const WORD_EVIDENCE = 0.6;
/** Each step to a broader concept keeps this share of the evidence. */
const BROADER_SHARE = 0.7;
/** Broader concepts are followed this many steps up. */
const MAX_BROADER = 2;
/** Least strength that joins. */
const MIN_STRENGTH = 0.2;
/** Least pair score (sum of the weaker strengths over shared keys) that puts two belangen together. */
const PAIR_MIN = 0.2;
/** A belang keeps the pairs that score at least this share of its best pair. */
const PAIR_SHARE = 0.3;
/** How much a concept's narrower concepts lower its weight (the larger, the less). */
const GENERALITY = 100;
/** Keys carried by more belangen than this join them all, without comparing pairs. */
const PAIR_CAP = 64;

/** One key a belang carries: its evidence and what to show as the join. */
interface KeyHit {
  readonly evidence: number;
  /** An explicit theme: the facilitator's own label, which always joins. */
  readonly explicit?: boolean;
  readonly join: Join;
}

/**
 * One run's keys, each made once and numbered: a word theme (`w:` and the theme) or a concept
 * (`c:` and its id). Per key number: its name, the hit every belang that carries the word
 * shares (derived and explicit apart), and the concept it names.
 */
interface Interned {
  readonly words: Map<string, number>;
  readonly concepts: Map<string, number>;
  /** Key name → number, for the keys a candidate names. */
  readonly ids: Map<string, number>;
  readonly names: string[];
  readonly wordHit: (KeyHit | undefined)[];
  readonly explicitHit: (KeyHit | undefined)[];
  readonly concept: (string | undefined)[];
  /** Per key number: the belang that last took it, and where in that belang's keys. */
  readonly takenBy: number[];
  readonly at: number[];
}

const interned = (): Interned => ({
  words: new Map(),
  concepts: new Map(),
  ids: new Map(),
  names: [],
  wordHit: [],
  explicitHit: [],
  concept: [],
  takenBy: [],
  at: [],
});

function newKey(into: Interned, name: string, concept: string | undefined): number {
  const id = into.names.length;
  into.names.push(name);
  into.ids.set(name, id);
  into.wordHit.push(undefined);
  into.explicitHit.push(undefined);
  into.concept.push(concept);
  into.takenBy.push(-1);
  into.at.push(0);
  return id;
}

/** A word theme's key number and the hit the belangen that carry it share. */
function wordKey(into: Interned, theme: string, explicit: boolean): number {
  let id = into.words.get(theme);
  if (id === undefined) {
    id = newKey(into, `w:${theme}`, undefined);
    into.words.set(theme, id);
  }
  const hits = explicit ? into.explicitHit : into.wordHit;
  if (hits[id] === undefined) {
    const join: Join = { kind: "word", theme };
    hits[id] = explicit ? { evidence: 1, explicit, join } : { evidence: WORD_EVIDENCE, join };
  }
  return id;
}

function conceptKey(into: Interned, concept: string): number {
  let id = into.concepts.get(concept);
  if (id === undefined) {
    id = newKey(into, `c:${concept}`, concept);
    into.concepts.set(concept, id);
  }
  return id;
}

/** The keys one belang carries (key numbers, first-taken order) and its hit on each. */
interface BelangKeys {
  readonly ids: number[];
  readonly hits: KeyHit[];
}

/** The keys of belang `i`: word themes and concepts (evoked, and their broader ones). */
function keysOf(
  i: number,
  themes: readonly string[],
  concepts: readonly ConceptMatch[],
  graph: ConceptGraph,
  ambiguous: ReadonlySet<string>,
  explicit: boolean,
  into: Interned,
): BelangKeys {
  const keys: BelangKeys = { ids: [], hits: [] };
  // Whether the belang lacks the key, or has it with less evidence (the hit is made only then).
  const wants = (id: number, evidence: number): boolean =>
    into.takenBy[id] !== i || (keys.hits[into.at[id] as number] as KeyHit).evidence < evidence;
  // Takes a key the belang wants: a new one, or a stronger hit on one it has.
  const take = (id: number, hit: KeyHit): void => {
    if (into.takenBy[id] === i) keys.hits[into.at[id] as number] = hit;
    else {
      into.takenBy[id] = i;
      into.at[id] = keys.ids.length;
      keys.ids.push(id);
      keys.hits.push(hit);
    }
  };
  for (const t of themes) {
    if (explicit || !ambiguous.has(t)) {
      const id = wordKey(into, t, explicit);
      const hit = (explicit ? into.explicitHit[id] : into.wordHit[id]) as KeyHit;
      if (wants(id, hit.evidence)) take(id, hit);
    }
  }
  for (const c of concepts) {
    const id = conceptKey(into, c.concept);
    if (wants(id, c.weight)) {
      take(id, {
        evidence: c.weight,
        join: { kind: "concept", concept: c.concept, via: null, words: c.words },
      });
    }
  }
  for (const c of concepts) {
    for (const [up, depth] of ancestors(graph, c.concept)) {
      if (depth > MAX_BROADER) continue;
      const id = conceptKey(into, up);
      const evidence = c.weight * BROADER_SHARE ** depth;
      if (wants(id, evidence)) {
        take(id, {
          evidence,
          join: { kind: "concept", concept: up, via: c.concept, words: c.words },
        });
      }
    }
  }
  return keys;
}

/** @internal The concepts of every belang (by position), and the concept graph, for one run. */
function conceptsByBelang(
  samenwerking: Samenwerking,
  index: ThemeIndex,
  vocabulary: ConceptVocabulary,
  lexicon: CueLexicon | undefined,
): ConceptMatch[][] {
  const graph = graphOf(vocabulary, lexicon);
  const known = index.vocabulary ?? undefined;
  return samenwerking.belangen.map((b, i) => {
    const lang = index.langs[i];
    if (lang !== null && lang !== undefined) {
      return readConcepts(
        b.text,
        lang,
        conceptLexicon(vocabulary, lang, lexicon),
        graph,
        known,
        ambiguousWords(vocabulary, lang),
        index.scans[i] as Scanned,
      );
    }
    // Explicit themes win: the text is not read, for words nor for concepts.
    return [];
  });
}

const ambiguousAll = new WeakMap<ConceptVocabulary, ReadonlySet<string>>();
/** The ambiguous words of every language of a vocabulary (themes are compared across languages). */
function ambiguousThemes(vocabulary: ConceptVocabulary): ReadonlySet<string> {
  let set = ambiguousAll.get(vocabulary);
  if (set === undefined) {
    set = new Set(Object.values(vocabulary.langs).flatMap((part) => [...ambiguousOf(part)]));
    ambiguousAll.set(vocabulary, set);
  }
  return set;
}

const kindOrder = { word: 0, concept: 1, similarity: 2 } as const;
function compareJoins(a: Join, b: Join): number {
  const k = kindOrder[a.kind] - kindOrder[b.kind];
  if (k !== 0) return k;
  const x = a.kind === "word" ? a.theme : a.kind === "concept" ? a.concept : a.with;
  const y = b.kind === "word" ? b.theme : b.kind === "concept" ? b.concept : b.with;
  return compareStrings(x, y);
}

/** The belangen strong enough on one key (ascending), with their strength there. */
interface Carrier {
  readonly belangen: number[];
  readonly strengths: number[];
}

/**
 * How strongly belangen meet, pair by pair, in compressed rows: row a holds the later belangen b
 * (a < b, ascending) that share a key with a, and the sum over those keys of the weaker
 * strength. Typed arrays, no map per belang: a large network has hundreds of thousands of pairs.
 */
interface PairScores {
  /** Row a is `other` and `score` from `start[a]` to `start[a + 1]`. */
  readonly start: Int32Array;
  readonly other: Int32Array;
  readonly score: Float64Array;
}

/** The pair scores of the keys' carriers (each list ascending); keys with over PAIR_CAP skipped. */
function pairScores(
  lists: readonly Carrier[],
  partnerOf: readonly number[],
  n: number,
): PairScores {
  const usable: Carrier[] = [];
  const start = new Int32Array(n + 1);
  for (const e of lists) {
    const m = e.belangen.length;
    if (m < 2 || m > PAIR_CAP) continue;
    usable.push(e);
    for (let x = 0; x < m; x++) {
      const a = e.belangen[x] as number;
      for (let y = x + 1; y < m; y++) {
        if (partnerOf[a] !== partnerOf[e.belangen[y] as number]) {
          start[a + 1] = (start[a + 1] as number) + 1;
        }
      }
    }
  }
  for (let a = 0; a < n; a++) start[a + 1] = (start[a + 1] as number) + (start[a] as number);
  // Every shared key of a pair, in the order of the keys (so each sum adds in that order).
  const other = new Int32Array(start[n] as number);
  const score = new Float64Array(start[n] as number);
  const fill = start.slice(0, n);
  for (const e of usable) {
    const m = e.belangen.length;
    for (let x = 0; x < m; x++) {
      const a = e.belangen[x] as number;
      for (let y = x + 1; y < m; y++) {
        const b = e.belangen[y] as number;
        if (partnerOf[a] === partnerOf[b]) continue;
        const at = fill[a] as number;
        fill[a] = at + 1;
        other[at] = b;
        score[at] = Math.min(e.strengths[x] as number, e.strengths[y] as number);
      }
    }
  }
  // Per row, the entries of one pair summed into one, in place (a row only shrinks).
  const sum = new Float64Array(n);
  const seenIn = new Int32Array(n).fill(-1);
  let out = 0;
  for (let a = 0; a < n; a++) {
    const from = start[a] as number;
    const to = start[a + 1] as number;
    start[a] = out;
    const first = out;
    for (let e = from; e < to; e++) {
      const b = other[e] as number;
      if (seenIn[b] !== a) {
        seenIn[b] = a;
        sum[b] = score[e] as number;
        other[out++] = b;
      } else sum[b] = (sum[b] as number) + (score[e] as number);
    }
    other.subarray(first, out).sort();
    for (let e = first; e < out; e++) score[e] = sum[other[e] as number] as number;
  }
  start[n] = out;
  return { start, other, score };
}

/** Whether an ascending list holds `x`. */
function hasSorted(xs: readonly number[], x: number): boolean {
  return xs[lowerBound(xs, x)] === x;
}

/** The score of the pair a < b (0 when they share no key). */
function scoreOf(p: PairScores, a: number, b: number): number {
  const end = p.start[a + 1] as number;
  const at = lowerBound(p.other, b, p.start[a] as number, end);
  return at < end && p.other[at] === b ? (p.score[at] as number) : 0;
}

/**
 * @internal Matching with a concept vocabulary: an inverted index key → belangen (keys are word themes
 * and concepts, weighed by evidence and specificity); one candidate per set of partners.
 */
export function byConcepts(
  samenwerking: Samenwerking,
  ctx: Context,
  minPartners: number,
  vocabulary: ConceptVocabulary,
  lexicon: CueLexicon | undefined,
): Candidate[] {
  // The concept reader reads each text as the theme index scanned it.
  const index = themeIndex(samenwerking, wholeTerms(vocabulary), true);
  const graph = graphOf(vocabulary, lexicon);
  const concepts = conceptsByBelang(samenwerking, index, vocabulary, lexicon);
  const ambiguous = ambiguousThemes(vocabulary);
  const into = interned();
  const perBelang: BelangKeys[] = ctx.belangen.map((_, i) =>
    keysOf(
      i,
      index.byBelang[ctx.order[i] as number] ?? [],
      concepts[ctx.order[i] as number] ?? [],
      graph,
      ambiguous,
      index.langs[ctx.order[i] as number] === null,
      into,
    ),
  );
  const nKeys = into.names.length;
  // Partners per key: a key every partner carries says little. Counted partner by partner (the
  // belangen of one partner in a row), so a key counts a partner once.
  const partnerOf = ctx.belangen.map((b) => ctx.partnerIndex.get(b.partnerId) as number);
  const byPartner = partnerOf
    .map((_, i) => i)
    .sort((x, y) => (partnerOf[x] as number) - (partnerOf[y] as number) || x - y);
  const lastPartner = new Int32Array(nKeys).fill(-1);
  const partners = new Int32Array(nKeys);
  for (const i of byPartner) {
    const p = partnerOf[i] as number;
    for (const id of (perBelang[i] as BelangKeys).ids) {
      if (lastPartner[id] !== p) {
        lastPartner[id] = p;
        partners[id] = (partners[id] as number) + 1;
      }
    }
  }
  const nPartners = new Set(ctx.belangen.map((b) => b.partnerId)).size;
  const specificity = (id: number): number => {
    const pk = partners[id] as number;
    // Smoothed: in a table of three, a word all three share still counts a little.
    const idf = Math.max(0, Math.log((nPartners + 1) / pk) / Math.log((nPartners + 1) / 2));
    const concept = into.concept[id];
    if (concept === undefined) return Math.min(1, idf);
    const below = graph.descendants.get(concept) ?? 0;
    // A concept with many narrower ones is general: it weighs a little less.
    return Math.min(1, idf) / (1 + Math.log1p(below) / GENERALITY);
  };
  const spec = new Float64Array(nKeys).fill(Number.NaN);
  // Per key: the belangen strong enough on it, with their strength (in the order keys got one).
  const carriers: (Carrier | undefined)[] = new Array(nKeys);
  const carrierOrder: number[] = [];
  // Explicit themes join every belang that carries them.
  const always: (number[] | undefined)[] = new Array(nKeys);
  const alwaysOrder: number[] = [];
  perBelang.forEach((keys, i) => {
    for (let x = 0; x < keys.ids.length; x++) {
      const id = keys.ids[x] as number;
      const hit = keys.hits[x] as KeyHit;
      if (hit.explicit === true) {
        const list = always[id];
        if (list === undefined) {
          always[id] = [i];
          alwaysOrder.push(id);
        } else list.push(i);
        continue;
      }
      let sp = spec[id] as number;
      if (Number.isNaN(sp)) {
        sp = specificity(id);
        spec[id] = sp;
      }
      const strength = hit.evidence * sp;
      if (strength < MIN_STRENGTH) continue;
      const e = carriers[id];
      if (e === undefined) {
        carriers[id] = { belangen: [i], strengths: [strength] };
        carrierOrder.push(id);
      } else {
        e.belangen.push(i);
        e.strengths.push(strength);
      }
    }
  });
  // Pairs: how strongly two belangen of different partners meet (the sum over their shared keys
  // of the weaker strength). A belang keeps the pairs close to its best one: a facilitator puts
  // a belang with those it meets most, not with everything that shares a word.
  const n = ctx.belangen.length;
  const pairs = pairScores(
    carrierOrder.map((id) => carriers[id] as Carrier),
    partnerOf,
    n,
  );
  const best = new Float64Array(n);
  for (let a = 0; a < n; a++) {
    for (let e = pairs.start[a] as number; e < (pairs.start[a + 1] as number); e++) {
      const b = pairs.other[e] as number;
      const score = pairs.score[e] as number;
      if (score > (best[a] as number)) best[a] = score;
      if (score > (best[b] as number)) best[b] = score;
    }
  }
  const kept = (a: number, b: number): boolean => {
    const score = a < b ? scoreOf(pairs, a, b) : scoreOf(pairs, b, a);
    return (
      score >= PAIR_MIN &&
      (score >= PAIR_SHARE * (best[a] as number) || score >= PAIR_SHARE * (best[b] as number))
    );
  };
  const byKey = new Map<string, { belangen: number[]; partners: number[] }>();
  // Per key: the belangen it joins (ascending).
  const joined: (readonly number[] | undefined)[] = new Array(nKeys);
  const keyOrder = [...carrierOrder, ...alwaysOrder.filter((id) => carriers[id] === undefined)];
  for (const id of keyOrder) {
    const e = carriers[id] ?? { belangen: [], strengths: [] };
    const m = e.belangen.length;
    let members: number[];
    const fixed = always[id];
    if (fixed !== undefined) members = uniqueSorted([...fixed, ...e.belangen]);
    else if (m > PAIR_CAP) members = e.belangen;
    else {
      members = [];
      for (let x = 0; x < m; x++) {
        const a = e.belangen[x] as number;
        for (let y = 0; y < m; y++) {
          const b = e.belangen[y] as number;
          if (x !== y && partnerOf[a] !== partnerOf[b] && kept(a, b)) {
            members.push(a);
            break;
          }
        }
      }
    }
    if (members.length < minPartners) continue;
    byKey.set(into.names[id] as string, {
      belangen: members,
      partners: members.map((i) => partnerOf[i] as number),
    });
    joined[id] = members;
  }
  const out: Candidate[] = [];
  for (const g of groupByPartners(byKey, minPartners)) {
    const themes: string[] = [];
    const conceptIds: string[] = [];
    for (const k of g.keys) (k.startsWith("w:") ? themes : conceptIds).push(k.slice(2));
    const { keys } = g;
    const ids = keys.map((k) => into.ids.get(k) as number);
    const joinsOf = (i: number): Join[] => {
      const mine = perBelang[i] as BelangKeys;
      const joins: Join[] = [];
      for (const id of ids) {
        const at = mine.ids.indexOf(id);
        if (at >= 0 && hasSorted(joined[id] as readonly number[], i)) {
          joins.push((mine.hits[at] as KeyHit).join);
        }
      }
      return joins.sort(compareJoins);
    };
    out.push(
      makeCandidate(
        ctx,
        sortedStrings(themes),
        sortedStrings(conceptIds),
        g.partners,
        g.belangen,
        joinsOf,
      ),
    );
  }
  return out;
}

/** @internal The concept code a vocabulary of `samenwerken/concepts` carries. */
export const conceptCode: ConceptEngine = {
  conceptsOf: matchConcepts,
  check: checkVocabulary,
  winWin: byConcepts,
};
