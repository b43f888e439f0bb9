// Fits the statement classifier's model on the development writers and the older development
// sets, and writes each language pack's `model` (src/lang/<code>/model.ts), the confidence
// scale and the confidence of a statement without any cue (src/statements/classifier/weights.ts).
// Never reads a sealed set.
//
//   npm run fit                 cross-validate (leave out one of GROUPS groups of whole writers
//                                       at a time), then fit on all and write
//   npm run fit -- --no-write   only cross-validate and print
//   npm run fit -- --predictions FILE   also write each statement as its writer's fold
//                                       classified it (JSON Lines), to read the errors
//   npm run fit -- --folds DIR  also write each writer's fold model (fitted without that
//                                       writer) to DIR/<writer>.json, for `npm run fit:split --
//                                       --folds DIR`
//   npm run fit -- --without s.time,s.number   cross-validate without these families' weights
//                                       (their cues still find words and open frames; never
//                                       writes the model)
//   npm run fit -- --jobs 2     run the writers' folds and the fit on all in 2 worker threads
//                                       (the same figures, model and log as one thread)
//   npm run fit -- --groups N   cross-validate in N groups of writers instead of GROUPS (the
//                                       writers, sorted, dealt round-robin); N at least the
//                                       number of writers leaves one writer out at a time
//                                       (as until the twenty-fifth session: about writers / 10
//                                       times slower, each fold fitted on all writers but one)
//
// The model. Three kinds: standpunt, belang, onbepaald, as a multinomial logistic regression
// with belang as the reference: each feature has a weight toward standpunt and one toward
// neither kind. The features are what `modelFeatures` finds in a statement: every cue family of
// the pack's lexicon in its context (a construction: a refusal, a condition, a modal, a fear...),
// and phrases of one to three words (`ik_wil`, `^could_we`). A family's weight toward standpunt
// keeps the direction its prefix says (`s.` >= 0, `b.` <= 0), so a fear cue never turns into a
// position cue; families are shared by both languages, phrases and biases are per language.
//
// Which phrases may weigh in (the "topic word" rule): a phrase holds no connective and no word a
// means family found (`blockedWords`); it is a candidate only when every word of it is general
// (used by GENERAL of the writers) and it occurs in statements of at least MIN_WRITERS writers
// (sets), or, holding another word, of TOPIC of them; after a first fit, phrases whose
// weights stay below PRUNE are dropped; then the fit is repeated leaving out one group of
// development writers at a time (the writers, sorted, dealt round-robin into STABILITY_GROUPS
// groups), and a phrase is kept only when, fitted without each group in turn, its main weight
// keeps its sign and at least STABLE of its size: writers other than the ones it was found in
// show that it is evidence. The survivors are fitted once more.
//
// Fitting: L2-regularised (L2 for families and biases, PHRASE_L2 for phrases), AdaGrad, a fixed
// number of full-batch steps from zero: the result is deterministic. The hard cases of the unit
// tests (test/fixtures/kind-examples.ts) weigh EXAMPLE_WEIGHT statements each, the real comments
// of the Pol.is conversations POLIS_WEIGHT each. The two parts of each mixed statement of the
// development writers (its position and its reason, as the writer marked them) are fitted on as
// statements of their own, of their writer, on standpunt against belang only, weighing
// PART_WEIGHT each, so that a part read on its own scores as what it is (the split weighs those
// scores); they are never scored. Cross-validation repeats the whole procedure (candidates,
// pruning, stability) without each held-out group of writers (their parts too); its out-of-fold
// answers on their statements give the cross-validated figures, the confidence scale (the
// temperature that minimises their log loss) and the confidence of a statement without any cue
// (the share of such statements that are neither kind).
// Families of neither kind (`n.`) may weigh toward standpunt or belang, as the data says.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { isLang, LANGS, type Lang } from "../src/lang";
import { en, nl } from "../src/lang/packs";
import type { LanguagePack } from "../src/lang/types";
import { families, modelFeatures } from "../src/statements/classifier/fitting";
import { IN_CONDITION, IN_FEAR, NEITHER } from "../src/statements/classifier/setup";
import { classifyStatement } from "../src/statements/classify";
import { detectLanguage } from "../src/statements/language";
import { CASES, PAIRS } from "../test/fixtures/kind-examples";
import { readJsonl } from "./eval";
import { writerFiles } from "./fit";

const KINDS = ["standpunt", "belang", "onbepaald"] as const;
type Kind = (typeof KINDS)[number];
/** The older development sets (each its own writer), and the mixed statements (positions). */
const OLDER: readonly (readonly [string, string, Kind | undefined])[] = [
  ["data/statements-dev.jsonl", "dev", undefined],
  ["data/statements-dev-mixed.jsonl", "dev", "standpunt"],
  ["data/statements-extra.jsonl", "extra", undefined],
  ["data/statements-extra-mixed.jsonl", "extra", "standpunt"],
  ["data/statements-holdout.jsonl", "holdout", undefined],
];
/**
 * The ids of writers: the development writers, and the Pol.is conversations whose comments two
 * annotators labelled (one writer per conversation). The older sets are no writers of their own:
 * they are never left out.
 */
const WRITER = /^(?:[ws]\d+|polis-[a-z0-9]+)$/;
/** How the id of a Pol.is conversation as a writer begins. */
const POLIS = "polis-";
/** A phrase of general words must occur in statements of this many writers (sets). */
export const MIN_WRITERS = 3;
/** After the first fit, phrases whose weights both stay below this are dropped. */
export const PRUNE = 0.2;
/**
 * Kept when, fitted without each group of writers in turn, its main weight keeps this share of
 * its size.
 */
export const STABLE = 1 / 3;
/**
 * Into how many groups of whole writers the cross-validation deals the development writers
 * (`--groups` sets another number). Measured on 308 writers and six Pol.is conversations
 * (twenty-fifth session): three kinds 84.2% in ten groups, as in the last run that left one
 * writer out at a time (84.2% on 300 writers and the six conversations), in 7 minutes instead
 * of 2 hours 20 with two threads.
 */
export const GROUPS = 10;
/** Into how many groups the development writers are dealt for the stability check. */
export const STABILITY_GROUPS = 10;
/** A general word is used by at least this share of the writers (sets). */
export const GENERAL = 0.4;
/**
 * A phrase holding a word that is not general needs this share of the writers; the stability
 * test then asks the other groups of writers whether it is evidence. Cross-validated in ten
 * groups on 308 writers and six conversations (twenty-fifth session), three kinds: 84.2% at 0.6
 * (until then), 86.0% at 0.15, 86.4% at 0.08, 86.6% at 0.04 (about 1,530, 2,210, 2,700 and
 * 2,930 phrases). With PHRASE_L2: see there.
 */
export const TOPIC = 0.02;
/** How many statements each hard case of the unit tests weighs. */
export const EXAMPLE_WEIGHT = 3;
/**
 * How many statements each part of a mixed statement weighs (see `trainingItems`); a part weighs
 * only standpunt against belang (its loss is that of the two kinds, the weights toward neither
 * untouched). Cross-validated on 556 writers and six Pol.is conversations (thirty-eighth session),
 * against no parts (three kinds 89.6%, standpunt or belang 91.0% and 89.8%, neither kind found
 * 82.7%; split F1 0.709, 66.0% of the mixed statements split at 0.35 with 2.3% false splits):
 * - parts at 1 on all three kinds: 89.4%, 91.0%, 89.9%, 79.6%; split F1 0.724, 68.0% at 2.3%;
 * - parts at 0.4 on all three kinds: 89.6%, 91.1%, 90.0%, 81.5%; F1 0.718, 67.3% at 2.3%;
 * - parts at 1 on standpunt against belang only (shipped): 89.5%, 90.9%, 89.8%, 82.2%; F1 0.724,
 *   68.0% at 2.3%.
 * On the 564 writers of the session's end, parts at 2 (two kinds only) gave 89.2%, 90.6%, 89.5%,
 * 81.5% and F1 0.727, 68.5% at 2.3%, against 89.4%, 90.8%, 89.7%, 82.1% and F1 0.723, 67.9% at 1.
 */
export const PART_WEIGHT = 1;
/**
 * How many statements each comment of a Pol.is conversation weighs: real consultation comments,
 * written by citizens and not for this data set, are the closest the training data comes to the
 * text an app will read, and 745 of them stand beside more than 130,000 written statements.
 * Cross-validated on 596 writers and the six conversations (fortieth session; each conversation
 * left out with its group of writers), three kinds on the 745 kept comments: 58.8% at 1 (until
 * then), 63.2% at 4, 63.1% at 6, 62.1% at 10; on all 130,944 statements 89.5%, 89.5%, 89.4% and
 * 89.3% (English 88.9%, 88.9%, 88.8%, 88.6%), neither kind found 82.2%, 82.6%, 82.5% and 82.3%.
 * Every conversation read as well or better at 4 than at 1. On the 612 writers and 835 comments of
 * the forty-first session (90 comments the moderators had taken out added), the comments read
 * right at 4, 6, 8 and 12: 62.6% (523), 63.4% (529), 64.1% (535) and 63.1% (527); all statements
 * 89.4%, 89.4%, 89.4% and 89.2%; standpunt or belang in English 89.6%, 89.5%, 89.4% and 89.2%;
 * neither kind found 82.5%, 82.5%, 82.6% and 82.6%. Left at 4 in that session. On the 628 writers
 * and 835 comments of the forty-second session (the sixtieth round and twelve training writers
 * added), 8 did not hold that gain: the comments read right at 4 and at 8, 62.3% both (520 and
 * 520); all statements 89.5% and 89.4%; standpunt or belang in English 89.7% and 89.4%, in Dutch
 * 90.9% both; neither kind found 82.8% and 82.9%. So it stays at 4.
 */
export const POLIS_WEIGHT = 4;
/** L2 regularisation of the families' and biases' weights. */
export const L2 = 0.001;
/**
 * L2 regularisation of the phrases' weights. Cross-validated by writer (twelfth session), three
 * kinds: 71.1% at 0.02, 76.2% at 0.005, 80.2% at 0.001 (as the families), 81.6% at 0.0002 (more
 * phrases stay: about 2,100 instead of 400). In ten groups on the same writers with TOPIC 0.08
 * (twenty-fifth session): 86.4% at 0.0002, 87.4% at 0.0001, 87.7% at 0.00005 (about 2,700,
 * 4,960 and 7,730 phrases; 600 steps instead of STEPS at 0.0001: 87.3%). In ten groups on 328
 * writers and six conversations (twenty-sixth session): 87.2% with TOPIC 0.08 and 0.0001 (about
 * 4,950 phrases), 88.2% with TOPIC 0.04 and 0.00005 (about 9,750), 88.7% with TOPIC 0.02 and
 * 0.000025 (about 15,800). Eight writers nobody had read (w197–w204), scored by models fitted on
 * those 328: 87.0% and 88.6% with the first two. Twelve writers nobody had read (w205–w216,
 * 2,610 statements, the weakest genres), scored by models fitted on 336 writers and six
 * conversations (twenty-seventh session): 85.5% with TOPIC 0.04 and 0.00005, 85.9% with TOPIC
 * 0.02 and 0.00005 (about 12,200 phrases), 86.6% with TOPIC 0.02 and 0.000025 (about 17,100;
 * shipped since).
 */
export const PHRASE_L2 = 0.000025;
const STEPS = 300;
const RATE = 0.5;

/** The built-in packs, by code. */
const PACKS: Readonly<Record<Lang, LanguagePack>> = { nl, en };

/** Where `npm run fit` writes its cross-validated figures (read by `npm run figures`). */
export const CV_FILE = "data/statements/cross-validation.json";

/** Counts of the cross-validation: all statements, those of two kinds, those of neither. */
export interface Tally {
  n: number;
  right: number;
  n2: number;
  right2: number;
  neither: number;
  found: number;
}

/** A labelled statement for fitting. */
export interface FitItem {
  readonly id: string;
  readonly text: string;
  readonly lang: string;
  readonly kind: Kind;
  readonly writer: string;
  /** A part of a mixed statement (its position or its reason): fitted on, never scored. */
  readonly part?: true;
}

/**
 * The training statements: the agreed development writers (and the two parts of each of their
 * mixed statements, as statements of their own), the older development sets, and the examples of
 * the unit tests.
 */
export function trainingItems(): FitItem[] {
  const out: FitItem[] = [];
  for (const file of writerFiles()) {
    for (const o of readJsonl(file)) {
      out.push({
        id: String(o.id),
        text: String(o.text),
        lang: String(o.lang),
        kind: o.kind as Kind,
        writer: String(o.writer),
      });
      // A mixed statement's position and reason, each as the writer marked it.
      if (typeof o.standpuntPart === "string" && typeof o.belangPart === "string") {
        for (const [text, kind] of [
          [o.standpuntPart, "standpunt"],
          [o.belangPart, "belang"],
        ] as const) {
          out.push({
            id: `${String(o.id)}#${kind}`,
            text,
            lang: String(o.lang),
            kind,
            writer: String(o.writer),
            part: true,
          });
        }
      }
    }
  }
  for (const [file, writer, kind] of OLDER) {
    for (const o of readJsonl(file)) {
      out.push({
        id: String(o.id),
        text: String(o.text),
        lang: String(o.lang),
        kind: kind ?? (o.kind as Kind),
        writer,
      });
    }
  }
  // The examples of the unit tests (labelled by the team; the language as detected).
  for (const [text, kind] of [...CASES, ...PAIRS]) {
    out.push({ id: `example:${text}`, text, lang: detectLanguage(text), kind, writer: "examples" });
  }
  for (const o of readJsonl("test/fixtures/kind-fresh.jsonl")) {
    out.push({
      id: `fresh:${String(o.text)}`,
      text: String(o.text),
      lang: String(o.lang),
      kind: o.kind as Kind,
      writer: "fresh",
    });
  }
  for (const it of out) {
    if (!KINDS.includes(it.kind)) throw new Error(`${it.id}: kind "${it.kind}" is not a kind`);
  }
  return out;
}

/** A fitted model, before it is written: weights by key, biases by language. */
export interface Fitted {
  /** Feature key → [toward standpunt, toward neither]. Families as `@name`, phrases per language `lang:phrase`. */
  readonly weights: ReadonlyMap<string, readonly [number, number]>;
}

const BIAS = (lang: string): string => `${lang}:@bias`;
const isFamily = (k: string): boolean => k.startsWith("@");
/** A phrase's key (`lang:phrase`): neither a family (`@name`) nor a language's bias. */
const isPhrase = (k: string): boolean => !isFamily(k) && !k.endsWith(":@bias");
/** Direction a family's weight toward standpunt must keep: 1, -1, or 0 (`n.`: either). */
function familyDirection(key: string): number {
  const name = key.slice(1);
  if (name.startsWith(NEITHER)) return 0;
  if (name === IN_CONDITION) return -1;
  if (name === IN_FEAR) return 1;
  return name.startsWith("s.") ? 1 : -1;
}

/** Features of each item, with phrases prefixed by the language (families are shared). */
export function featuresOf(items: readonly FitItem[]): Map<string, number>[] {
  return items.map((it) => {
    const m = new Map<string, number>([[BIAS(it.lang), 1]]);
    if (!isLang(it.lang)) throw new Error(`${it.id}: language "${it.lang}" is not built in`);
    for (const [k, v] of modelFeatures(it.text, it.lang)) {
      m.set(isFamily(k) ? k : `${it.lang}:${k}`, v);
    }
    return m;
  });
}

/** Fits on the items `train`, with only the features in `allowed` (families and biases always). */
function fitWeights(
  feats: readonly Map<string, number>[],
  items: readonly FitItem[],
  train: readonly number[],
  allowed: ReadonlySet<string>,
): Map<string, [number, number]> {
  const keys = [...allowed].sort();
  const index = new Map(keys.map((k, i) => [k, i]));
  // The rows as flat typed arrays (row r's features at [offsets[r], offsets[r + 1])): the same
  // sums in the same order as arrays of pairs, faster.
  const offsets = new Int32Array(train.length + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  train.forEach((i, r) => {
    for (const [k, v] of feats[i] as Map<string, number>) {
      const j = index.get(k);
      if (j !== undefined) {
        cols.push(j);
        vals.push(v);
      }
    }
    offsets[r + 1] = cols.length;
  });
  const col = Int32Array.from(cols);
  const val = Float64Array.from(vals);
  const ys = train.map((i) => KINDS.indexOf((items[i] as FitItem).kind));
  // The hard cases the team wrote for the tests weigh EXAMPLE_WEIGHT statements each, the parts
  // of mixed statements PART_WEIGHT, the real comments of the Pol.is conversations POLIS_WEIGHT.
  const sw = train.map((i) => {
    const it = items[i] as FitItem;
    if (it.writer === "examples") return EXAMPLE_WEIGHT;
    if (it.part) return PART_WEIGHT;
    return it.writer.startsWith(POLIS) ? POLIS_WEIGHT : 1;
  });
  // A part weighs only standpunt against belang: a part of a statement of one kind is never
  // neither kind, so it says nothing about the weights toward neither.
  const part = Uint8Array.from(train, (i) => ((items[i] as FitItem).part ? 1 : 0));
  const total = sw.reduce((a, b) => a + b, 0);
  const dir = keys.map((k) => (isFamily(k) ? familyDirection(k) : 0));
  const l2 = keys.map((k) => (isPhrase(k) ? PHRASE_L2 : L2));
  const W = new Float64Array(keys.length * 2);
  const G = new Float64Array(keys.length * 2);
  const H = new Float64Array(keys.length * 2).fill(1e-8);
  for (let step = 0; step < STEPS; step++) {
    G.fill(0);
    for (let r = 0; r < train.length; r++) {
      const from = offsets[r] as number;
      const to = offsets[r + 1] as number;
      let zs = 0;
      let zo = 0;
      for (let x = from; x < to; x++) {
        const j = col[x] as number;
        const v = val[x] as number;
        zs += (W[2 * j] as number) * v;
        zo += (W[2 * j + 1] as number) * v;
      }
      const top = Math.max(zs, 0, zo);
      const es = Math.exp(zs - top);
      const eb = Math.exp(-top);
      const eo = Math.exp(zo - top);
      const sum = es + eb + eo;
      const y = ys[r] as number;
      // A part of a mixed statement weighs standpunt against belang only (see PART_WEIGHT).
      const twoKinds = part[r] === 1;
      const gs = ((twoKinds ? es / (es + eb) : es / sum) - (y === 0 ? 1 : 0)) * (sw[r] as number);
      const go = twoKinds ? 0 : (eo / sum - (y === 2 ? 1 : 0)) * (sw[r] as number);
      for (let x = from; x < to; x++) {
        const j = col[x] as number;
        const v = val[x] as number;
        G[2 * j] = (G[2 * j] as number) + gs * v;
        G[2 * j + 1] = (G[2 * j + 1] as number) + go * v;
      }
    }
    for (let j = 0; j < W.length; j++) {
      const g = (G[j] as number) / total + (l2[j >> 1] as number) * (W[j] as number);
      H[j] = (H[j] as number) + g * g;
      let w = (W[j] as number) - (RATE * g) / Math.sqrt(H[j] as number);
      const d = dir[j >> 1] as number;
      if (j % 2 === 0 && d !== 0 && w * d < 0) w = 0;
      W[j] = w;
    }
  }
  const out = new Map<string, [number, number]>();
  keys.forEach((k, j) => {
    out.set(k, [W[2 * j] as number, W[2 * j + 1] as number]);
  });
  return out;
}

/** The whole procedure on the items `train`: candidates, pruning, stability, final fit. */
export function procedure(
  feats: readonly Map<string, number>[],
  items: readonly FitItem[],
  train: readonly number[],
  log: (line: string) => void = () => {},
): Fitted {
  // Candidates: families, biases, phrases used by at least MIN_WRITERS writers.
  const writersOf = new Map<string, Set<string>>();
  for (const i of train) {
    const w = (items[i] as FitItem).writer;
    for (const k of (feats[i] as Map<string, number>).keys()) {
      const s = writersOf.get(k) ?? new Set<string>();
      s.add(w);
      writersOf.set(k, s);
    }
  }
  const always = [...writersOf.keys()].filter((k) => !isPhrase(k));
  const candidates = new Set(always);
  // General words: used by at least GENERAL writers (sets); a phrase of only general words is a
  // construction, a phrase holding another word needs TOPIC writers.
  const nWriters = new Set(train.map((i) => (items[i] as FitItem).writer)).size;
  const general = (k: string): boolean => {
    const [lang, phrase] = [k.slice(0, k.indexOf(":")), k.slice(k.indexOf(":") + 1)];
    const words = (phrase.startsWith("^") ? phrase.slice(1) : phrase).split("_");
    return words.every((w) => (writersOf.get(`${lang}:${w}`)?.size ?? 0) >= GENERAL * nWriters);
  };
  for (const [k, s] of writersOf) {
    if (s.size >= (general(k) ? MIN_WRITERS : TOPIC * nWriters)) candidates.add(k);
  }
  const first = fitWeights(feats, items, train, candidates);
  const pruned = new Set(always);
  for (const [k, w] of first) {
    if (!candidates.has(k) || !isPhrase(k)) continue;
    if (Math.abs(w[0]) >= PRUNE || Math.abs(w[1]) >= PRUNE) pruned.add(k);
  }
  const full = fitWeights(feats, items, train, pruned);
  // Stability: fitted without each group of development writers in turn (the writers, sorted,
  // dealt round-robin into STABILITY_GROUPS groups).
  const writers = [...new Set(train.map((i) => (items[i] as FitItem).writer))]
    .filter((w) => WRITER.test(w))
    .sort();
  const groupOf = new Map(writers.map((w, i) => [w, i % STABILITY_GROUPS]));
  const stable = new Set(pruned);
  for (let g = 0; g < Math.min(STABILITY_GROUPS, writers.length); g++) {
    const without = train.filter((i) => groupOf.get((items[i] as FitItem).writer) !== g);
    const f = fitWeights(feats, items, without, pruned);
    for (const k of [...stable]) {
      if (!isPhrase(k)) continue;
      const wf = full.get(k) as [number, number];
      const c = Math.abs(wf[0]) >= Math.abs(wf[1]) ? 0 : 1;
      const a = wf[c];
      const b = (f.get(k) as [number, number])[c];
      if (Math.sign(b) !== Math.sign(a) || Math.abs(b) < STABLE * Math.abs(a)) stable.delete(k);
    }
  }
  const phrases = (s: Set<string>) => [...s].filter(isPhrase).length;
  log(
    `  candidates ${phrases(candidates)} phrases, after pruning ${phrases(pruned)}, stable ${phrases(stable)}`,
  );
  return { weights: fitWeights(feats, items, train, stable) };
}

/** The three scores of an item under a fitted model: standpunt, belang (0), neither. */
export function scores(f: Fitted, feat: ReadonlyMap<string, number>): [number, number, number] {
  let zs = 0;
  let zo = 0;
  for (const [k, v] of feat) {
    const w = f.weights.get(k);
    if (w === undefined) continue;
    zs += w[0] * v;
    zo += w[1] * v;
  }
  return [zs, 0, zo];
}

/** The temperature that minimises the log loss of out-of-fold scores. */
function temperature(
  oof: readonly (readonly [number, number, number])[],
  ys: readonly number[],
): number {
  let best = 1;
  let bestLoss = Number.POSITIVE_INFINITY;
  for (let k = 10; k <= 200; k++) {
    const t = k / 100;
    let loss = 0;
    oof.forEach((z, i) => {
      const top = Math.max(...z);
      const e = z.map((x) => Math.exp(t * (x - top)));
      const p = (e[ys[i] as number] as number) / e.reduce((a, b) => a + b, 0);
      loss -= Math.log(Math.max(1e-12, p));
    });
    if (loss < bestLoss) {
      bestLoss = loss;
      best = t;
    }
  }
  return best;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
/**
 * A phrase's weights are written to one decimal (the families' and biases' to two): on the 320
 * writers of the twenty-fifth session the shipped model's training figures were the same to the
 * tenth of a point with its phrases rounded so (three kinds 89.9%), and the two model files
 * about 7 kB smaller gzipped (33.0 -> 26.2 kB); a phrase whose weights round to 0 is left out.
 */
const round1 = (x: number): number => Math.round(x * 10) / 10;

/** The model source of one language: bias, every family of the lexicons, its phrases. */
function modelSource(f: Fitted, lang: string): string {
  const lines: string[] = [];
  const b = f.weights.get(BIAS(lang)) ?? [0, 0];
  lines.push(`@bias ${round2(b[0])} ${round2(b[1])}`);
  const fams = new Set<string>();
  for (const name of families()) fams.add(name);
  for (const name of [...fams].sort()) {
    const w = f.weights.get(`@${name}`) ?? [0, 0];
    lines.push(`@${name} ${round2(w[0])} ${round2(w[1])}`);
  }
  const prefix = `${lang}:`;
  const phrases = [...f.weights]
    .filter(([k]) => k.startsWith(prefix) && k !== BIAS(lang))
    .map(([k, w]) => [k.slice(prefix.length), round1(w[0]), round1(w[1])] as const)
    .filter(([, s, o]) => s !== 0 || o !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [k, s, o] of phrases) lines.push(`${k} ${s} ${o}`);
  return lines.join("\n");
}

/** What one writer's fold gives for each of its statements, in the order of the items. */
interface FoldRow {
  /** Index of the statement in the training items. */
  readonly i: number;
  /** Its three out-of-fold scores. */
  readonly scores: [number, number, number];
  /** The kind `classifyStatement` gave it with the fold's model. */
  readonly kind: string;
  /** Whether no cue fired although it holds a letter. */
  readonly noCue: boolean;
  /** Its line of `--predictions`, when asked for. */
  readonly prediction?: string;
}

/** One writer's fold: the log of its procedure and its statements' answers. */
interface Fold {
  /** The writers left out together (one, unless `--groups` deals them into fewer groups). */
  readonly writers: readonly string[];
  readonly log: readonly string[];
  readonly rows: readonly FoldRow[];
}

/** Removes the `dropped` families' weights from the features (every context of each). */
function drop(feats: readonly Map<string, number>[], dropped: ReadonlySet<string>): void {
  if (dropped.size === 0) return;
  for (const m of feats) {
    for (const k of [...m.keys()])
      if (isFamily(k) && dropped.has(k.slice(1).split("/")[0] as string)) m.delete(k);
  }
}

/**
 * Leaves the writers `out` out together: the whole procedure on the rest; the held-out writers'
 * statements are classified by classifyStatement itself, with packs that carry the fold's model
 * (the split included).
 */
function fold(
  out: readonly string[],
  items: readonly FitItem[],
  feats: readonly Map<string, number>[],
  predictions: boolean,
  folds: string | undefined,
): Fold {
  const left = new Set(out);
  const all = items.map((_, i) => i);
  const train = all.filter((i) => !left.has((items[i] as FitItem).writer));
  // The held-out writers' statements are scored, their parts are not.
  const test = all.filter((i) => left.has((items[i] as FitItem).writer) && !items[i]?.part);
  const log: string[] = [];
  const f = procedure(feats, items, train, (line) => log.push(line));
  const sources = Object.fromEntries(LANGS.map((l) => [l, modelSource(f, l)]));
  if (folds !== undefined) {
    // One file per writer: the model fitted without that writer (and the rest of its group).
    for (const w of out) {
      writeFileSync(`${folds}/${w}.json`, `${JSON.stringify({ writer: w, models: sources })}\n`);
    }
  }
  const packs = new Map(
    LANGS.map((l) => [
      l,
      { ...PACKS[l], statements: { ...PACKS[l].statements, model: sources[l] as string } },
    ]),
  );
  const rows = test.map((i): FoldRow => {
    const it = items[i] as FitItem;
    const c = classifyStatement(it.text, { lang: packs.get(it.lang as Lang) as LanguagePack });
    const row: FoldRow = {
      i,
      scores: scores(f, feats[i] as Map<string, number>),
      kind: c.kind,
      noCue: c.cues.length === 0 && c.leaning !== null,
    };
    if (!predictions) return row;
    const prediction = JSON.stringify({
      id: it.id,
      writer: it.writer,
      label: it.kind,
      kind: c.kind,
      confidence: c.confidence,
      cues: c.cues.map((q) => `${q.family}:${q.text}`),
      text: it.text,
    });
    return { ...row, prediction };
  });
  return { writers: out, log, rows };
}

/** What a worker thread gets: the items (read once, by the main thread) and the options. */
interface FoldJob {
  readonly items: readonly FitItem[];
  readonly dropped: readonly string[];
  readonly predictions: boolean;
  /** Where to write each writer's fold model (`--folds`), if asked. */
  readonly folds: string | undefined;
}

/**
 * A task for a worker: leave a group of writers out (`index`: its place in the groups), or fit
 * on all (the model to write).
 */
type Task =
  | { readonly group: readonly string[]; readonly index: number }
  | { readonly final: true };

/** What a worker sends back for a task: a fold with its group's `index`, or the fit on all. */
type Done =
  | { readonly fold: Fold; readonly index: number }
  | { readonly final: Fitted; readonly log: readonly string[] };

/** Runs one task on the items of `job` and their features: the same in a worker and here. */
function runTask(task: Task, job: FoldJob, feats: readonly Map<string, number>[]): Done {
  if ("group" in task) {
    const f = fold(task.group, job.items, feats, job.predictions, job.folds);
    return { fold: f, index: task.index };
  }
  const log: string[] = [];
  const all = job.items.map((_, i) => i);
  return { final: procedure(feats, job.items, all, (line) => log.push(line)), log };
}

/**
 * The folds of every group of writers, in the order of `groups`, and the fit on all when
 * `final` is asked: in this thread, or handed out one task at a time to `jobs` worker threads
 * (the fit on all first, as it is the longest). A worker gets the items the main thread read,
 * so every fold sees the same statements; a task's result does not depend on the thread that
 * ran it. `onLog` gets each fold's log in the order of `groups`, then the fit on all's.
 */
async function runFolds(
  groups: readonly (readonly string[])[],
  jobs: number,
  job: FoldJob,
  feats: readonly Map<string, number>[],
  final: boolean,
  onLog: (lines: readonly string[]) => void,
): Promise<{ folds: Fold[]; final: Fitted | undefined }> {
  const tasks: Task[] = [
    ...(final ? [{ final: true } as const] : []),
    ...groups.map((g, index) => ({ group: g, index })),
  ];
  const done = new Map<number, Fold>();
  let fitted: { final: Fitted; log: readonly string[] } | undefined;
  let printed = 0;
  // Each result as it comes; the folds' logs in the order of `groups`.
  const receive = (d: Done): void => {
    if ("fold" in d) done.set(d.index, d.fold);
    else fitted = d;
    while (printed < groups.length && done.has(printed)) {
      const f = done.get(printed) as Fold;
      onLog([`without ${f.writers.join(", ")}:`, ...f.log]);
      printed++;
    }
  };
  if (jobs <= 1) {
    for (const task of tasks) receive(runTask(task, job, feats));
  } else {
    await inWorkers(tasks, Math.min(jobs, tasks.length), job, receive);
  }
  const missing = groups.filter((_, i) => !done.has(i)).flat();
  if (missing.length > 0) throw new Error(`fit workers lost the folds of ${missing.join(", ")}`);
  if (fitted !== undefined) onLog(["fitting on all:", ...fitted.log]);
  return { folds: groups.map((_, i) => done.get(i) as Fold), final: fitted?.final };
}

/** Hands `tasks` out one at a time to `n` worker threads; `receive` gets each result. */
async function inWorkers(
  tasks: readonly Task[],
  n: number,
  job: FoldJob,
  receive: (d: Done) => void,
): Promise<void> {
  // The worker runs this TypeScript file too, through tsx's own import (the loader the main
  // thread runs under does not reach worker threads).
  const url = JSON.stringify(import.meta.url);
  const code = `import("tsx/esm/api").then(({ tsImport }) => tsImport(${url}, ${url}))`;
  const workers = Array.from(
    { length: n },
    () => new Worker(code, { eval: true, workerData: job }),
  );
  let next = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let pending = tasks.length;
      const give = (w: Worker): void => {
        if (next < tasks.length) w.postMessage(tasks[next++]);
      };
      for (const w of workers) {
        w.on("message", (d: Done) => {
          receive(d);
          if (--pending === 0) resolve();
          else give(w);
        });
        w.on("error", reject);
        w.on("exit", (code) => {
          if (pending > 0) reject(new Error(`fit worker stopped (code ${code}) with tasks left`));
        });
        give(w);
      }
    });
  } finally {
    // All tasks done, or one worker failed: every worker stops.
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** A worker thread: features of the items it was given, then one task per message. */
function worker(job: FoldJob): void {
  const feats = featuresOf(job.items);
  drop(feats, new Set(job.dropped));
  parentPort?.on("message", (task: Task) => parentPort?.postMessage(runTask(task, job, feats)));
}

async function main(): Promise<void> {
  // --without a,b: the model without these cue families' weights, in every context (their own,
  // a description's); cross-validated only, never written.
  const without = process.argv.indexOf("--without");
  const dropped = new Set(without >= 0 ? (process.argv[without + 1] ?? "").split(",") : []);
  const known = new Set(families().flatMap((f) => (f.includes(".") ? [f.split("/")[0]] : [])));
  for (const f of dropped) {
    if (!known.has(f))
      throw new Error(`--without: "${f}" is not a cue family (${[...known].sort().join(", ")})`);
  }
  // --jobs N: the folds in N worker threads.
  const at = process.argv.indexOf("--jobs");
  const jobs = at >= 0 ? Number(process.argv[at + 1]) : 1;
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) {
    throw new Error(`--jobs: must be a whole number from 1 to 64, got "${process.argv[at + 1]}"`);
  }
  const write = !process.argv.includes("--no-write") && dropped.size === 0;
  // --predictions FILE: each training statement as its writer's fold classified it (JSON Lines),
  // for reading the errors of the development writers.
  const pat = process.argv.indexOf("--predictions");
  const predictionsFile = pat >= 0 ? process.argv[pat + 1] : undefined;
  // --folds DIR: each writer's fold model, for `npm run fit:split -- --folds DIR`.
  const fat = process.argv.indexOf("--folds");
  const folds = fat >= 0 ? process.argv[fat + 1] : undefined;
  if (fat >= 0 && (folds === undefined || folds.startsWith("--"))) {
    throw new Error("--folds: give a folder to write the fold models to");
  }
  if (folds !== undefined) mkdirSync(folds, { recursive: true });
  // --groups N: leave out one of N groups of writers at a time instead of GROUPS.
  const gat = process.argv.indexOf("--groups");
  const groupsOption = gat >= 0 ? Number(process.argv[gat + 1]) : GROUPS;
  if (!Number.isInteger(groupsOption) || groupsOption < 2) {
    throw new Error(
      `--groups: must be a whole number of 2 or more, got "${process.argv[gat + 1]}"`,
    );
  }
  const items = trainingItems();
  const statements = items.filter((it) => !it.part).length;
  const feats = featuresOf(items);
  drop(feats, dropped);
  if (dropped.size > 0) console.log(`without the families ${[...dropped].sort().join(", ")}`);
  const writers = [...new Set(items.map((it) => it.writer))].filter((w) => WRITER.test(w)).sort();
  console.log(
    `${statements} statements and ${items.length - statements} parts of mixed statements, ${writers.length} development writers and ${new Set(items.map((it) => it.writer)).size - writers.length} older sets`,
  );
  // Cross-validation: leave out one group of development writers at a time (see `fold`): the
  // writers, sorted, dealt round-robin into N groups (one writer each when N is at least their
  // number).
  const n = groupsOption;
  const groups = Array.from({ length: Math.min(n, writers.length) }, (_, g) =>
    writers.filter((_, i) => i % n === g),
  );
  if (n < writers.length) console.log(`cross-validation in ${groups.length} groups of writers`);
  const { folds: results, final } = await runFolds(
    groups,
    jobs,
    { items, dropped: [...dropped], predictions: predictionsFile !== undefined, folds },
    feats,
    write,
    (lines) => console.log(lines.join("\n")),
  );
  const oof: [number, number, number][] = [];
  const ys: number[] = [];
  const predictions: string[] = [];
  const cv = new Map<string, Tally>();
  const noCue = { n: 0, right: 0 };
  const tally = (key: string): Tally => {
    const t = cv.get(key) ?? { n: 0, right: 0, n2: 0, right2: 0, neither: 0, found: 0 };
    cv.set(key, t);
    return t;
  };
  for (const { rows } of results) {
    for (const row of rows) {
      const it = items[row.i] as FitItem;
      const w = it.writer;
      oof.push(row.scores);
      ys.push(KINDS.indexOf(it.kind));
      const kind = row.kind;
      // Statements in which no cue fires (with a letter): how often they are neither kind.
      if (row.noCue) {
        noCue.n++;
        if (it.kind === "onbepaald") noCue.right++;
      }
      if (row.prediction !== undefined) predictions.push(row.prediction);
      for (const key of [`writer ${w}`, `lang ${it.lang}`, "all"]) {
        const t = tally(key);
        t.n++;
        if (kind === it.kind) t.right++;
        if (it.kind === "onbepaald") {
          t.neither++;
          if (kind === "onbepaald") t.found++;
        } else {
          t.n2++;
          if (kind === it.kind) t.right2++;
        }
      }
    }
  }
  const pct1 = (a: number, b: number): string =>
    b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`;
  const heldOut = n < writers.length ? `one of ${groups.length} groups of writers` : "one writer";
  console.log(`held out (leave ${heldOut} out)  n  three kinds  standpunt/belang  onbepaald found`);
  const keys = [...cv.keys()].sort((a, b) => (a === "all" ? 1 : b === "all" ? -1 : a < b ? -1 : 1));
  for (const k of keys) {
    const t = cv.get(k) as Tally;
    console.log(
      `${k.padEnd(12)} ${String(t.n).padStart(5)}  ${pct1(t.right, t.n).padStart(6)}  ${pct1(t.right2, t.n2).padStart(6)}  ${pct1(t.found, t.neither).padStart(6)}`,
    );
  }
  if (write) {
    writeFileSync(
      CV_FILE,
      `${JSON.stringify(Object.fromEntries(keys.map((k) => [k, cv.get(k)])), null, 2)}\n`,
    );
  }
  if (predictionsFile !== undefined) writeFileSync(predictionsFile, `${predictions.join("\n")}\n`);
  const t = temperature(oof, ys);
  console.log(`confidence scale (temperature) ${t}`);
  // Laplace-smoothed share, two decimals.
  const noCueConfidence = Math.round((100 * (noCue.right + 1)) / (noCue.n + 2)) / 100;
  console.log(
    `no cue at all: ${noCue.n} statements, ${noCue.right} of them neither kind: confidence ${noCueConfidence}`,
  );
  if (final === undefined) return;
  for (const lang of LANGS) {
    const src = modelSource(final, lang);
    const file = `src/lang/${lang}/model.ts`;
    writeFileSync(
      file,
      `// Generated by \`npm run fit\` (scripts/fit-model.ts) from the development writers and the older
// development sets (${statements} statements, and the parts of the mixed ones): do not edit by hand.
// The format is described at \`StatementsPart.model\` (src/lang/types.ts).

/** The fitted model of the statement classifier for this language. */
export const model = \`${src}\`;
`,
    );
    console.log(`${file}: ${src.split("\n").length} lines`);
  }
  const weights = readFileSync("src/statements/classifier/weights.ts", "utf8");
  writeFileSync(
    "src/statements/classifier/weights.ts",
    weights
      .replace(/export const CONFIDENCE_SCALE = [\d.]+;/, `export const CONFIDENCE_SCALE = ${t};`)
      .replace(
        /export const NO_CUE_CONFIDENCE = [\d.]+;/,
        `export const NO_CUE_CONFIDENCE = ${noCueConfidence};`,
      ),
  );
}

if (!isMainThread && (workerData as FoldJob | undefined)?.items !== undefined) {
  worker(workerData as FoldJob);
} else if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exitCode = 1;
  });
}
