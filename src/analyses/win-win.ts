import { checkObject, describeValue } from "../internal/args";
import { compareStrings, sortedStrings } from "../internal/json";
import { unionFind } from "../internal/union-find";
import type { ConceptVocabulary } from "../lang/types";
import { type Belang, MAX_WEIGHT } from "../model/belang";
import { BRILLEN, type Bril } from "../model/bril";
import { NIVEAUS, type Niveau } from "../model/niveau";
import { requireSamenwerking, type Samenwerking } from "../model/samenwerking";
import { type CueLexicon, checkLexicon } from "../statements/lexicon";
import { type ConceptEngine, conceptEngine } from "./concept-engine";
import type { ConceptWord } from "./concepts";
import { APPROXIMATE, type ApproximatePairs, similarPairs } from "./similar-pairs";
import { themeIndex } from "./themes";
import {
  type Candidate,
  type Context,
  groupByPartners,
  makeCandidate,
  NO_KEYS,
  uniqueSorted,
} from "./win-win-core";

/** A shared word theme joined this belang. */
export interface WordJoin {
  readonly kind: "word";
  /** The theme (see {@link themesOf}). */
  readonly theme: string;
}

/** A shared concept joined this belang. */
export interface ConceptJoin {
  readonly kind: "concept";
  /** The shared concept. */
  readonly concept: string;
  /**
   * The narrower concept the belang evokes when it meets at a broader one (`"young-farmers"`
   * meeting at `"rural-succession"`), or `null` when it evokes the shared concept itself.
   */
  readonly via: string | null;
  /** The words of the belang's text that evoked it (offsets into the text; a theme's words for a belang with explicit themes). */
  readonly words: readonly ConceptWord[];
}

/** A similarity (the app's function or its embeddings) joined this belang to another. */
export interface SimilarityJoin {
  readonly kind: "similarity";
  /** The belang it is most similar to in the intersection. */
  readonly with: string;
  /** Their similarity (cosine for embeddings). */
  readonly similarity: number;
}

/** What joined one belang to an intersection: a word, a concept and its words, or a similarity. */
export type Join = WordJoin | ConceptJoin | SimilarityJoin;

/** One belang of an intersection and what joined it. */
export interface IntersectionMember {
  /** The belang. */
  readonly belangId: string;
  /** Its partner. */
  readonly partnerId: string;
  /** What joined it: words first, then concepts, then similarities, each sorted. */
  readonly joins: readonly Join[];
}

/** A place where the interests of several partners meet: shared themes, ranked. */
export interface Intersection {
  /** The shared word themes (see {@link themesOf}), sorted. */
  readonly themes: readonly string[];
  /**
   * The shared concepts (see {@link conceptsOf}), sorted: present only when `options.concepts`
   * or `options.embeddings` is given (empty without `options.concepts`).
   */
  readonly concepts?: readonly string[];
  /**
   * Every belang of the intersection (sorted by id) and what joined it: present only when
   * `options.concepts` or `options.embeddings` is given.
   */
  readonly members?: readonly IntersectionMember[];
  /** The partners whose belangen meet here (at least `minPartners`), sorted by id. */
  readonly partnerIds: readonly string[];
  /** The belangen that carry the themes (or, with a custom similarity, form the group), sorted by id. */
  readonly belangIds: readonly string[];
  /** The levels of those belangen, in {@link NIVEAUS} order. */
  readonly niveaus: readonly Niveau[];
  /**
   * The lenses the intersection spans, in {@link BRILLEN} order: each belang's `bril`, or, for a
   * belang without one, the lenses its partner declares.
   */
  readonly brillen: readonly Bril[];
  /**
   * The rank score: `partners + (2 · span + weight) / 3`, where `span = (niveaus / 3 + brillen /
   * 4) / 2` and `weight` is the belangen's mean weight divided by {@link MAX_WEIGHT}. The bonus
   * is in (0, 1], so one more partner always ranks higher.
   */
  readonly score: number;
}

/**
 * @internal What an intersection shares, for people: its word themes, then its concepts
 * (present with a concept vocabulary), e.g. `["mantelzorg", "informal-care"]`.
 */
export function sharedKeys(x: Intersection): readonly string[] {
  return x.concepts === undefined || x.concepts.length === 0
    ? x.themes
    : [...x.themes, ...x.concepts];
}

/** A small set of intersections in which as many partners as possible gain. */
export interface WinWinPlan {
  /** The chosen intersections, in the order the greedy cover picked them. */
  readonly intersections: readonly Intersection[];
  /** Partners that gain in at least one chosen intersection, sorted by id. */
  readonly partnersReached: readonly string[];
  /**
   * Partners whose interests meet nobody's yet (in no intersection at all), sorted by id: where
   * the playing field must be enlarged.
   */
  readonly partnersNotReached: readonly string[];
}

/** The result of {@link suggestWinWin}. */
export interface WinWinResult {
  /** The best intersections, ranked by score (at most `limit`). */
  readonly intersections: readonly Intersection[];
  /** How many intersections were found before `limit` was applied. */
  readonly candidates: number;
  /** The plan: chosen from all candidates, not only the listed ones. */
  readonly plan: WinWinPlan;
}

/** Options of {@link suggestWinWin}. */
export interface WinWinOptions {
  /** Fewest distinct partners an intersection must join: a whole number ≥ 2; 2 by default. */
  readonly minPartners?: number;
  /** Most intersections to list: a whole number ≥ 1; 10 by default. */
  readonly limit?: number;
  /**
   * Your own similarity of two belangen (e.g. cosine of embeddings), in [0, 1]. When given, the
   * built-in theme matching is replaced: every pair of belangen of different partners is
   * compared (O(n²) calls for n belangen) and belangen at or above `threshold` are grouped
   * transitively (connected components).
   */
  readonly similarity?: (a: Belang, b: Belang) => number;
  /** Least similarity that joins two belangen, in [0, 1]; 0.5 by default. Used only with `similarity`. */
  readonly threshold?: number;
  /**
   * A concept vocabulary (`builtInConcepts` of `samenwerken/concepts`, or an app's own): belangen
   * then also meet on shared concepts and their broader ones, weighed by evidence and
   * specificity, and each intersection lists its `concepts` and `members` with what joined them.
   * Without it, belangen meet on shared word themes only, and no concept data is bundled or read.
   */
  readonly concepts?: ConceptVocabulary;
  /** An app's concept terms, made by {@link extendLexicon}; read only with `concepts`. */
  readonly lexicon?: CueLexicon;
  /**
   * One vector per belang from the app's sentence-embedding model: belangen whose vectors have
   * a cosine similarity of at least `threshold` meet (grouped transitively), besides meeting on
   * words and concepts. Belangen without a vector meet on words and concepts only.
   */
  readonly embeddings?: Embeddings;
}

/** App-supplied embeddings for {@link suggestWinWin}. */
export interface Embeddings {
  /** Belang id → its vector; every vector has the same length. */
  readonly vectors: ReadonlyMap<string, ArrayLike<number>>;
  /** Least cosine similarity at which two belangen meet, in [-1, 1]. */
  readonly threshold: number;
}

interface Resolved {
  readonly concepts: ConceptVocabulary | undefined;
  /** The concept code the vocabulary carries. */
  readonly engine: ConceptEngine | undefined;
  /** Whether intersections list `concepts` and `members` (with concepts or embeddings). */
  readonly explain: boolean;
  readonly lexicon: CueLexicon | undefined;
  readonly embeddings: Embeddings | undefined;
  readonly minPartners: number;
  readonly limit: number;
  readonly similarity: ((a: Belang, b: Belang) => number) | undefined;
  readonly threshold: number;
}

function resolveOptions(options: WinWinOptions): Resolved {
  const { minPartners = 2, limit = 10, similarity, threshold = 0.5 } = options;
  if (!Number.isInteger(minPartners) || minPartners < 2) {
    throw new RangeError(
      `suggestWinWin: minPartners must be a whole number ≥ 2, got ${String(minPartners)}`,
    );
  }
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`suggestWinWin: limit must be a whole number ≥ 1, got ${String(limit)}`);
  }
  if (typeof threshold !== "number" || !(threshold >= 0 && threshold <= 1)) {
    throw new RangeError(
      `suggestWinWin: threshold must be a number in [0, 1], got ${String(threshold)}`,
    );
  }
  if (similarity !== undefined && typeof similarity !== "function") {
    throw new TypeError(`suggestWinWin: similarity must be a function (a, b) => number`);
  }
  const lexicon = checkLexicon(options.lexicon, "suggestWinWin: options.lexicon");
  const embeddings = checkEmbeddings(options.embeddings);
  const where = "suggestWinWin: options.concepts";
  const engine =
    options.concepts === undefined ? undefined : conceptEngine(options.concepts, where);
  const concepts = engine?.check(options.concepts, where);
  const explain = concepts !== undefined || embeddings !== undefined;
  const o = { minPartners, limit, similarity, threshold, lexicon, embeddings, explain };
  return { ...o, concepts, engine };
}

function checkEmbeddings(e: unknown): Embeddings | undefined {
  if (e === undefined) return undefined;
  const where = "suggestWinWin: embeddings";
  if (typeof e !== "object" || e === null || !((e as Embeddings).vectors instanceof Map)) {
    throw new TypeError(`${where}.vectors must be a Map from belang id to vector`);
  }
  const { vectors, threshold } = e as Embeddings;
  if (typeof threshold !== "number" || !(threshold >= -1 && threshold <= 1)) {
    throw new RangeError(
      `${where}.threshold must be a number in [-1, 1], got ${String(threshold)}`,
    );
  }
  let dims = -1;
  for (const [id, v] of vectors) {
    const n = typeof v === "object" && v !== null ? v.length : -1;
    if (typeof n !== "number" || n < 1) {
      throw new TypeError(
        `${where}.vectors: the vector of ${JSON.stringify(id)} must be an array of numbers`,
      );
    }
    if (dims >= 0 && n !== dims) {
      throw new RangeError(
        `${where}.vectors: the vector of ${JSON.stringify(id)} has ${n} numbers, others ${dims}`,
      );
    }
    dims = n;
    for (let k = 0; k < n; k++) {
      if (!Number.isFinite(v[k])) {
        throw new RangeError(
          `${where}.vectors: the vector of ${JSON.stringify(id)} holds a number that is not finite at ${k}`,
        );
      }
    }
  }
  return e as Embeddings;
}

/** Each belang's most similar belang so far: the similarity and its index (-1: none yet). */
interface Closest {
  readonly sim: Float64Array;
  readonly with: Int32Array;
}

function closest(n: number): Closest {
  return { sim: new Float64Array(n).fill(-2), with: new Int32Array(n).fill(-1) };
}

/** Records that belangen a and b meet with this similarity. */
function meet(c: Closest, a: number, b: number, similarity: number): void {
  if (similarity > (c.sim[a] as number)) {
    c.sim[a] = similarity;
    c.with[a] = b;
  }
  if (similarity > (c.sim[b] as number)) {
    c.sim[b] = similarity;
    c.with[b] = a;
  }
}

/** Embeddings: pairs of belangen (of different partners) at or above the threshold, grouped. */
function byEmbeddings(ctx: Context, o: Resolved, embeddings: Embeddings): Candidate[] {
  const with_: number[] = [];
  const vectors: ArrayLike<number>[] = [];
  ctx.ids.forEach((id, i) => {
    const v = embeddings.vectors.get(id);
    if (v !== undefined) {
      with_.push(i);
      vectors.push(v);
    }
  });
  const partnerOf = (k: number): number =>
    ctx.partnerIndex.get((ctx.belangen[with_[k] as number] as Belang).partnerId) as number;
  // Made by embeddingGroups (samenwerken/embeddings): LSH beyond 3,000 vectors; else all pairs.
  const approximate = (embeddings as { readonly [APPROXIMATE]?: ApproximatePairs })[APPROXIMATE];
  const pairs = similarPairs(vectors, embeddings.threshold, partnerOf, approximate);
  const n = vectors.length;
  const sets = unionFind(n);
  const best = closest(n);
  for (const { a, b, similarity } of pairs) {
    meet(best, a, b, similarity);
    sets.union(a, b);
  }
  const out: Candidate[] = [];
  for (const members of sets.components((k) => best.with[k] !== -1)) {
    const partners = uniqueSorted(members.map(partnerOf));
    if (partners.length < o.minPartners) continue;
    const belangen = members.map((k) => with_[k] as number);
    const local = new Map(members.map((k) => [with_[k] as number, k]));
    out.push(
      makeCandidate(ctx, [], [], partners, belangen, (i) => {
        const k = local.get(i) as number;
        return [
          {
            kind: "similarity",
            with: ctx.ids[with_[best.with[k] as number] as number] as string,
            similarity: Math.round((best.sim[k] as number) * 1e6) / 1e6,
          },
        ];
      }),
    );
  }
  return out;
}

function compareNumbers(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

function compareStringLists(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = compareStrings(a[i] as string, b[i] as string);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  const x = a.intersection;
  const y = b.intersection;
  return (
    y.score - x.score ||
    y.themes.length + (y.concepts?.length ?? 0) - (x.themes.length + (x.concepts?.length ?? 0)) ||
    compareNumbers(a.partners, b.partners) ||
    compareStringLists(x.themes, y.themes) ||
    compareStringLists(x.concepts ?? NO_KEYS, y.concepts ?? NO_KEYS) ||
    compareNumbers(a.belangen, b.belangen)
  );
}

/**
 * Built-in matching without concepts: an inverted index theme → belangen; one candidate per
 * partner set. With `explain` (embeddings given), each member lists the themes it joined on.
 */
function byThemes(
  samenwerking: Samenwerking,
  ctx: Context,
  minPartners: number,
  explain: boolean,
): Candidate[] {
  const index = themeIndex(samenwerking);
  const byTheme = new Map<string, { belangen: number[]; partners: number[] }>();
  ctx.belangen.forEach((b, i) => {
    const p = ctx.partnerIndex.get(b.partnerId) as number;
    for (const t of index.byBelang[ctx.order[i] as number] ?? []) {
      const e = byTheme.get(t);
      if (e === undefined) byTheme.set(t, { belangen: [i], partners: [p] });
      else {
        e.belangen.push(i);
        e.partners.push(p);
      }
    }
  });
  const out: Candidate[] = [];
  for (const g of groupByPartners(byTheme, minPartners)) {
    const themes = sortedStrings(g.keys);
    const joinsOf = explain
      ? (i: number): Join[] => {
          const mine = index.byBelang[ctx.order[i] as number] ?? NO_KEYS;
          return themes
            .filter((t) => mine.includes(t))
            .map((theme): Join => ({ kind: "word", theme }));
        }
      : undefined;
    out.push(makeCandidate(ctx, themes, NO_KEYS, g.partners, g.belangen, joinsOf));
  }
  return out;
}

/** Custom similarity: all pairs of belangen of different partners, union-find on ≥ threshold. */
function bySimilarity(
  samenwerking: Samenwerking,
  ctx: Context,
  o: Resolved,
  similarity: (a: Belang, b: Belang) => number,
): Candidate[] {
  const { belangen } = ctx;
  const n = belangen.length;
  const sets = unionFind(n);
  const best = closest(n);
  for (let i = 0; i < n; i++) {
    const a = belangen[i] as Belang;
    for (let j = i + 1; j < n; j++) {
      const b = belangen[j] as Belang;
      if (a.partnerId === b.partnerId) continue;
      const sim: unknown = similarity(a, b);
      if (typeof sim !== "number" || !(sim >= 0 && sim <= 1)) {
        throw new RangeError(
          `suggestWinWin: similarity must return a finite number in [0, 1], got ${describeValue(sim)} for belangen "${a.id}" and "${b.id}"`,
        );
      }
      if (sim >= o.threshold) {
        meet(best, i, j, sim);
        sets.union(i, j);
      }
    }
  }
  const index = themeIndex(samenwerking);
  const out: Candidate[] = [];
  for (const members of sets.components()) {
    const partners = uniqueSorted(
      members.map((i) => ctx.partnerIndex.get((belangen[i] as Belang).partnerId) as number),
    );
    if (partners.length < o.minPartners) continue;
    // Themes of the group: those carried by belangen of at least two of its partners.
    const themePartners = new Map<string, Set<string>>();
    for (const i of members) {
      const b = belangen[i] as Belang;
      for (const t of index.byBelang[ctx.order[i] as number] ?? []) {
        const s = themePartners.get(t);
        if (s === undefined) themePartners.set(t, new Set([b.partnerId]));
        else s.add(b.partnerId);
      }
    }
    const themes = sortedStrings([...themePartners].filter(([, s]) => s.size >= 2).map(([t]) => t));
    out.push(
      makeCandidate(
        ctx,
        themes,
        NO_KEYS,
        partners,
        members,
        o.explain
          ? (i) => [
              {
                kind: "similarity",
                with: ctx.ids[best.with[i] as number] as string,
                similarity: best.sim[i] as number,
              },
            ]
          : undefined,
      ),
    );
  }
  return out;
}

/** Lazy greedy set cover over the candidates (ranked), with a binary max-heap of gains. */
function greedyCover(
  ranked: readonly Candidate[],
  nPartners: number,
): { readonly chosen: Intersection[]; readonly reached: Uint8Array } {
  // Heap entries: [gain upper bound, rank]. Better = larger gain, then smaller rank.
  const heap: [number, number][] = [];
  const better = (a: [number, number], b: [number, number]): boolean =>
    a[0] > b[0] || (a[0] === b[0] && a[1] < b[1]);
  const push = (e: [number, number]): void => {
    heap.push(e);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!better(heap[i] as [number, number], heap[p] as [number, number])) break;
      const t = heap[i] as [number, number];
      heap[i] = heap[p] as [number, number];
      heap[p] = t;
      i = p;
    }
  };
  const pop = (): [number, number] | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last !== undefined) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && better(heap[l] as [number, number], heap[m] as [number, number]))
          m = l;
        if (r < heap.length && better(heap[r] as [number, number], heap[m] as [number, number]))
          m = r;
        if (m === i) break;
        const t = heap[i] as [number, number];
        heap[i] = heap[m] as [number, number];
        heap[m] = t;
        i = m;
      }
    }
    return top;
  };
  ranked.forEach((c, rank) => {
    push([c.partners.length, rank]);
  });
  const reached = new Uint8Array(nPartners);
  const chosen: Intersection[] = [];
  for (let e = pop(); e !== undefined; e = pop()) {
    const c = ranked[e[1]] as Candidate;
    const partners = c.partners;
    let gain = 0;
    for (let i = 0; i < partners.length; i++) if (reached[partners[i] as number] === 0) gain++;
    if (gain === 0) continue;
    const next = heap[0];
    const entry: [number, number] = [gain, e[1]];
    if (next !== undefined && better(next, entry)) {
      push(entry);
      continue;
    }
    chosen.push(c.intersection);
    for (let i = 0; i < partners.length; i++) reached[partners[i] as number] = 1;
  }
  return { chosen, reached };
}

/**
 * Suggests win-win intersections: where the interests of several partners meet, ranked, and a
 * plan of intersections in which as many partners as possible gain.
 *
 * @param samenwerking - A validated collaboration.
 * @param options - `minPartners` (default 2), `limit` (default 10), and optionally your own
 *   `similarity` with its `threshold` (default 0.5), a concept vocabulary `concepts` (opt-in:
 *   `builtInConcepts` of `samenwerken/concepts`) with an app's `lexicon`, and `embeddings`.
 * @returns The ranked intersections (at most `limit`), the number of candidates, and the plan.
 * @throws RangeError when `minPartners` is not a whole number ≥ 2, `limit` not a whole number
 *   ≥ 1, or `threshold` not a number in [0, 1].
 * @throws TypeError when `similarity` is given but is not a function, or `options` is not an
 *   object.
 * @throws RangeError when `similarity` returns anything but a finite number in [0, 1].
 * @throws TypeError when `samenwerking` is not an object.
 * @throws {@link SamenwerkingError} with every
 *   problem when it is not a valid collaboration (an object that never passed
 *   {@link parseSamenwerking} is validated first).
 *
 * @remarks
 * *Intersections.* By default two belangen meet when they share a theme ({@link themesOf} with
 * the collaboration's {@link themeVocabulary}). An inverted index maps each theme to the
 * belangen and partners that carry it; a theme carried by at least `minPartners` distinct
 * partners is a meeting point, and all themes carried by exactly the same set of partners form
 * one intersection. Its `belangIds` are the belangen that carry any of its themes. The cost is
 * linear in the number of (belang, theme) pairs: no pair of partners is compared. With a
 * custom `similarity`, every pair of belangen of different partners is compared (n(n−1)/2
 * calls at most), pairs at or above `threshold` are joined into connected components
 * (union-find), and every component with at least `minPartners` partners is an intersection;
 * its themes are the built-in themes carried by at least two of its partners (possibly none).
 * With `concepts`, belangen also meet on shared concepts (see {@link conceptsOf}), weighed by
 * evidence and specificity, and each intersection lists its `concepts` and `members`; without
 * it, no concept is read. With `embeddings`, belangen whose vectors are at least `threshold`
 * similar (cosine) are grouped as well.
 *
 * *Rank.* `score = partners + (2 · span + weight) / 3`, with `span = (niveaus / 3 + brillen /
 * 4) / 2` (how many of the levels and lenses it spans) and `weight` the mean weight of its
 * belangen divided by {@link MAX_WEIGHT} (10). The bonus lies in (0, 1], so the number of
 * partners who gain always decides first, then levels and lenses (weighted twice), then
 * weights. Ties go to more themes, then to the partner ids, the themes and the belang ids
 * (compared as lists, code-unit order).
 *
 * *Plan.* Greedy set cover over all candidates (not only the listed ones): repeatedly take the
 * intersection that reaches the most partners not reached yet, ties to the better rank, until
 * no intersection reaches anyone new. `partnersNotReached` are then exactly the partners whose
 * belangen meet nobody's. Greedy cover picks at most ln(k) + 1 times as many intersections as
 * the smallest cover for k partners; it runs lazily on a heap, in O(c log c) for c candidate
 * entries.
 *
 * The input is not mutated; equal input in any order gives equal output.
 *
 * @example
 * ```ts
 * const r = suggestWinWin({
 *   partners: [
 *     { id: "jc", name: "Jeugdcentrum", brillen: ["zingevend"] },
 *     { id: "school", name: "School", brillen: ["utilitair"] },
 *     { id: "stad", name: "Stad", brillen: ["politiek"] },
 *   ],
 *   belangen: [
 *     { id: "b1", partnerId: "jc", niveau: "organisatie", text: "Jongeren een plek geven", themes: ["jeugd", "ruimte"] },
 *     { id: "b2", partnerId: "school", niveau: "netwerk", text: "Minder schooluitval", themes: ["jeugd"] },
 *     { id: "b3", partnerId: "stad", niveau: "individu", text: "Een zichtbaar resultaat", themes: ["imago"] },
 *   ],
 *   standpunten: [],
 * });
 * r.intersections //=> [{ themes: ["jeugd"], partnerIds: ["jc", "school"], belangIds: ["b1", "b2"], niveaus: ["organisatie", "netwerk"], brillen: ["utilitair", "zingevend"], score: 2.422222222222222 }]
 * r.plan.partnersNotReached //=> ["stad"]
 * ```
 */
export function suggestWinWin(
  samenwerking: Samenwerking,
  options: WinWinOptions = {},
): WinWinResult {
  checkObject("suggestWinWin", "options", options);
  const o = resolveOptions(options);
  samenwerking = requireSamenwerking("suggestWinWin", samenwerking);
  const source = samenwerking.belangen;
  const order = source.map((_, i) => i);
  let sorted = true;
  for (let i = 1; i < source.length && sorted; i++) {
    sorted = compareStrings((source[i - 1] as Belang).id, (source[i] as Belang).id) <= 0;
  }
  if (!sorted)
    order.sort((x, y) => compareStrings((source[x] as Belang).id, (source[y] as Belang).id));
  const belangen = order.map((i) => source[i] as Belang);
  const ids = belangen.map((b) => b.id);
  const declared = new Map<string, readonly Bril[]>();
  for (const p of samenwerking.partners) if (!declared.has(p.id)) declared.set(p.id, p.brillen);
  const atTable = sortedStrings(declared.keys());
  // Partners are numbered in id order (those at the table and any a belang names).
  const partnerIds = sortedStrings(new Set([...atTable, ...belangen.map((b) => b.partnerId)]));
  const partnerIndex = new Map(partnerIds.map((id, i) => [id, i]));
  const masks = new Uint8Array(belangen.length);
  const weights = new Float64Array(belangen.length);
  const declaredMask = new Map<string, number>();
  for (const [id, lenses] of declared) {
    declaredMask.set(
      id,
      lenses.reduce((m, l) => m | (1 << (3 + BRILLEN.indexOf(l))), 0),
    );
  }
  belangen.forEach((b, i) => {
    const lenses =
      b.bril === undefined
        ? (declaredMask.get(b.partnerId) ?? 0)
        : 1 << (3 + BRILLEN.indexOf(b.bril));
    masks[i] = (1 << NIVEAUS.indexOf(b.niveau)) | lenses;
    weights[i] = b.weight ?? 1;
  });
  const ctx: Context = { belangen, ids, order, partnerIds, partnerIndex, masks, weights };
  const candidates =
    o.similarity !== undefined
      ? bySimilarity(samenwerking, ctx, o, o.similarity)
      : o.concepts === undefined || o.engine === undefined
        ? byThemes(samenwerking, ctx, o.minPartners, o.explain)
        : o.engine.winWin(samenwerking, ctx, o.minPartners, o.concepts, o.lexicon);
  if (o.embeddings !== undefined) candidates.push(...byEmbeddings(ctx, o, o.embeddings));
  candidates.sort(compareCandidates);
  const { chosen, reached } = greedyCover(candidates, partnerIds.length);
  return {
    intersections: candidates.slice(0, o.limit).map((c) => c.intersection),
    candidates: candidates.length,
    plan: {
      intersections: chosen,
      // partnerIds is sorted, so these are too.
      partnersReached: partnerIds.filter((_, i) => reached[i] === 1),
      partnersNotReached: atTable.filter((id) => reached[partnerIndex.get(id) as number] === 0),
    },
  };
}
