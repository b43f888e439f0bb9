// Fits the weights of the lens and level detectors on the development writers' agreed labels
// (data/statements/agreed), prints how well they do cross-validated by writer, and writes them
// into the language packs (src/lang/<code>/lens-model.ts and level-model.ts), and the
// cross-validated figures into data/statements/detector-cross-validation.json.
//
//   npm run fit:detectors [-- --check] [-- --no-write] [-- --max-vectors N]
//
// What is fitted: for each language and detector, one non-negative weight per label for every
// feature the detector reads in a statement (scripts and detectors read them through the same
// function, `visitFeatures`): the label rows `@from:<label>` (per unit of a cue's lexicon weight),
// each cue pattern, each word no cue covers, and for levels `@ownerless` and the rows of cues and
// words among the first four words (`^`). A pattern or word counts only when at least MIN_WRITERS
// writers of the training part use it, and a word only when it is no stop word or function word of
// its pack, no name (a word mostly written with a capital inside a sentence) and has three letters
// or more; among the first four words a function word counts too, from two letters on ("The …", "De
// …" open on a third party). Measured on 528 writers, those rows of the words took level from 77.2%
// to 77.8% (Dutch) and from 75.8% to 76.4% (English) cross-validated; with function words left out,
// as the thirty-second session tried them, they gained nothing. The fit is a multinomial logistic
// regression without intercept, with L1 and L2 penalties and every weight kept at 0 or above (so a
// cue only ever adds, and most add to one label), by full-batch AdaGrad with a proximal step for
// L1; vectors whose weights all stay below PRUNE are dropped, and of the rest only the MAX_VECTORS
// strongest of the detector (by their largest weight, ties by key; the label rows `@...` always
// stay), so that the packs' size stays bounded as writers are added. The level detector's cap is
// lower. Measured on 420 writers: with its L2 at 3 (until the thirty-first session), 650 vectors
// scored within half a point of all of them (76.0% and 74.9% against 76.5% and 75.3%); with its L2
// at 1, as the lens detector's, more words keep a weight and 1,400 vectors score 77.3% and 76.0%
// (all of them, some 1,850: 77.4% and 76.2%). Since the thirty-seventh session the level detector's
// L1 is 2: on 552 writers, 77.9% and 76.8% against 77.8% and 76.4% with 1 (77.5% and 76.0% with
// 0.5; 77.5% in Dutch with 3), and its weights then fit under the cap almost whole (1,458 and 1,582
// vectors). Tried in the thirty-ninth session on 572 writers: the level detector reading each pair
// of neighbouring words no cue covers as a word of its own ("onze+leden"). With the cap, 78.2% and
// 76.5% against 78.2% and 76.6% without the pairs; without the cap, 78.7% and 77.1% against 78.2%
// and 76.7%, at 1,963 and 2,158 vectors instead of 1,481 and 1,625 (a thousand more vectors for
// half a point), so the pairs were left out. The lens detector's cap was 1,500 until the
// thirty-eighth session; on 580 writers it cost 0.8 and 1.3 points cross-validated (lens 74.8% and
// 73.8% against 75.6% and 75.1% with all of some 2,900 vectors), and a cap of 2,500 cost 0.1 (75.5%
// and 75.0%) for about 11 kB gzipped in each bundle with the lens weights: since the thirty-ninth
// session it is 2,500. The same session tried such pairs for lenses, on the same 580 writers with
// the cap at 2,500: with every pair of two neighbouring words no cue covers (but one that opens on
// a number), lens went from 75.5% to 76.3% (Dutch) and from 75.0% to 75.4% (English)
// cross-validated; with the pairs a facilitator could read (not both words stop or function words,
// no number, no name), Dutch went to 75.6% only. Most of the gain needs pairs of two stop or
// function words ("in de" explains nothing), so the pairs were left out. The lens detector's L1 at
// 0.5 and at 2, and its L2 at 0.5, were tried then too (cap 2,500): 75.7% and 74.9%, 75.0% and
// 74.4%, 75.7% and 75.0%, against 75.5% and 75.0% with both at 1, which stay.
//
// Cross-validation: the writers (a Pol.is conversation counts as one) are dealt round-robin,
// in sorted order, into FOLDS folds; each fold is scored by a model fitted on the others,
// through the detectors' own code, and counted as `npm run eval` counts lens and level: the top
// of the ranking (ties, all-zero scores too, go to the first label in BRILLEN or NIVEAUS order).
// These are training-data figures of the development writers, cross-validated; the sealed
// rounds give the held-out ones (`npm run eval -- --mode writers <folder>`).
//
// `--check` fits and compares with the shipped models without writing (exit 1 when they differ).
// `--no-write` prints the figures only; `--max-vectors N` fits both detectors with another cap
// (0: none). Each line also prints the cross-validated figure and the count of vectors without
// the cap.

import { readdirSync } from "node:fs";
import { LANGS, type LangOption } from "../src/lang";
import { en } from "../src/lang/en";
import { nl } from "../src/lang/nl";
import type { LanguagePack } from "../src/lang/types";
import { BRILLEN } from "../src/model/bril";
import { NIVEAUS } from "../src/model/niveau";
import {
  type CueHit,
  type DetectWord,
  fittedHits,
  fittedScores,
  ranked,
  visitFeatures,
} from "../src/statements/detect";
import { lensLexiconCues } from "../src/statements/detect-bril";
import { leadEnd, levelLexiconCues, namesNoOwner } from "../src/statements/detect-niveau";
import {
  type DetectorModel,
  detectorModelSource,
  modelKey,
  parseDetectorModel,
} from "../src/statements/detector-model";
import { readJsonl } from "./eval";
import { writeOrCheck } from "./write-or-check";

const DIR = "data/statements/agreed";
/** The cross-validated figures, per detector and language (read by `npm run figures`). */
const FIGURES = "data/statements/detector-cross-validation.json";
const FOLDS = 10;
const MIN_WRITERS = 3;
const MIN_LETTERS = 3;
/** A word among the first ones counts from two letters on, function words too. */
const MIN_LEAD_LETTERS = 2;
/** What the key of a word among the first ones starts with. */
const LEAD_WORD = modelKey.leadWord("");
const STEPS = 400;
const RATE = 0.5;
const PRUNE = 0.3;
/** The most weight vectors of each detector in one language (besides its label rows). */
const MAX_VECTORS: Readonly<Record<"lenses" | "levels", number>> = { lenses: 2500, levels: 1400 };

interface Detector {
  readonly name: "lenses" | "levels";
  readonly file: string;
  readonly constName: string;
  readonly labels: readonly string[];
  readonly field: "bril" | "niveau";
  /** L2 strength, on the sum of the statements' losses. */
  readonly l2: number;
  /** L1 strength, on the same scale: it sets the weights of weak evidence to 0. */
  readonly l1: number;
  /** The statement as the detector reads it before fitted weights. */
  readonly read: (
    text: string,
    lang: LangOption,
  ) => { words: readonly DetectWord[]; hits: readonly CueHit<string>[] };
  readonly lead: boolean;
}

const DETECTORS: readonly Detector[] = [
  {
    name: "lenses",
    file: "lens-model",
    constName: "lensModel",
    labels: BRILLEN,
    field: "bril",
    l2: 1,
    l1: 1,
    read: (text, lang) => lensLexiconCues(text, { lang }),
    lead: false,
  },
  {
    name: "levels",
    file: "level-model",
    constName: "levelModel",
    labels: NIVEAUS,
    field: "niveau",
    l2: 1,
    // 2 since the thirty-seventh session (see the header).
    l1: 2,
    read: (text, lang) => levelLexiconCues(text, { lang }),
    lead: true,
  },
];

const PACKS: Record<string, LanguagePack> = { nl, en };

interface Item {
  readonly writer: string;
  readonly lang: string;
  readonly text: string;
  readonly label: number;
  /** The statement's features: key → value. */
  readonly features: ReadonlyMap<string, number>;
  readonly words: readonly DetectWord[];
  readonly hits: readonly CueHit<string>[];
}

function stopWords(pack: LanguagePack): Set<string> {
  const list = `${pack.themes.stopwords} ${pack.detection.functionWords}`;
  return new Set(
    list
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w.split(":")[0] as string),
  );
}

function itemsOf(d: Detector, lang: string): Item[] {
  const stop = stopWords(PACKS[lang] as LanguagePack);
  const items: Item[] = [];
  for (const f of readdirSync(DIR).sort()) {
    if (!f.endsWith(".jsonl")) continue;
    const writer = f.slice(0, -".jsonl".length);
    for (const r of readJsonl(`${DIR}/${f}`)) {
      const label = r[d.field];
      if (r.lang !== lang || typeof label !== "string") continue;
      const text = r.text as string;
      const { words, hits } = d.read(text, lang as LangOption);
      const features = new Map<string, number>();
      visitFeatures(words, hits, d.lead ? leadEnd(words) : -1, (fs) => {
        for (const x of fs) {
          if (x.key.startsWith(LEAD_WORD)) {
            // A word among the first ones may be a function word: "The …", "De …" open on a party.
            const word = x.key.slice(LEAD_WORD.length);
            if (word.length < MIN_LEAD_LETTERS || /^\d/.test(word)) continue;
          } else if (!(x.key.startsWith("@") || x.key.startsWith("="))) {
            if (x.key.length < MIN_LETTERS || /^\d/.test(x.key) || stop.has(x.key)) continue;
          }
          features.set(x.key, (features.get(x.key) ?? 0) + x.value);
        }
      });
      if (d.name === "levels" && namesNoOwner(words, hits)) features.set(modelKey.ownerless, 1);
      items.push({ writer, lang, text, label: d.labels.indexOf(label), features, words, hits });
    }
  }
  const names = properNames(items);
  for (const it of items) {
    for (const k of names) {
      (it.features as Map<string, number>).delete(k);
      (it.features as Map<string, number>).delete(modelKey.leadWord(k));
    }
  }
  return items;
}

/**
 * The words written with a capital inside a sentence at least half the times they stand there
 * (and at least twice): names of people, places and organisations, which are no evidence of a
 * lens or a level. Read from the texts alone, not from their labels.
 */
function properNames(items: readonly Item[]): Set<string> {
  const inside = new Map<string, number>();
  const capital = new Map<string, number>();
  for (const it of items) {
    it.words.forEach((w, i) => {
      if (i === 0) return;
      let j = w.start - 1;
      while (j >= 0 && /\s/.test(it.text[j] as string)) j--;
      if (j < 0 || /[.!?:"“]/.test(it.text[j] as string)) return;
      inside.set(w.norm, (inside.get(w.norm) ?? 0) + 1);
      const c = it.text[w.start] as string;
      if (c !== c.toLowerCase()) capital.set(w.norm, (capital.get(w.norm) ?? 0) + 1);
    });
  }
  const names = new Set<string>();
  for (const [w, n] of inside) if (n >= 2 && (capital.get(w) ?? 0) * 2 >= n) names.add(w);
  return names;
}

/** Multinomial logistic regression without intercept: one weight vector per allowed key. */
function fitWeights(items: readonly Item[], d: Detector): Map<string, number[]> {
  const writers = new Map<string, Set<string>>();
  for (const it of items) {
    for (const k of it.features.keys()) {
      const s = writers.get(k) ?? new Set<string>();
      s.add(it.writer);
      writers.set(k, s);
    }
  }
  const keys = [...writers]
    .filter(([k, s]) => k.startsWith("@") || s.size >= MIN_WRITERS)
    .map(([k]) => k)
    .sort();
  const index = new Map(keys.map((k, i) => [k, i]));
  const K = d.labels.length;
  const rows = items.map((it) =>
    [...it.features]
      .map(([k, v]) => [index.get(k), v] as const)
      .filter((x): x is readonly [number, number] => x[0] !== undefined),
  );
  const W = new Float64Array(keys.length * K);
  const G = new Float64Array(keys.length * K);
  const H = new Float64Array(keys.length * K).fill(1e-8);
  const z = new Float64Array(K);
  for (let step = 0; step < STEPS; step++) {
    G.fill(0);
    rows.forEach((row, r) => {
      z.fill(0);
      for (const [j, v] of row) {
        for (let l = 0; l < K; l++) z[l] = (z[l] as number) + (W[j * K + l] as number) * v;
      }
      let top = Number.NEGATIVE_INFINITY;
      for (let l = 0; l < K; l++) top = Math.max(top, z[l] as number);
      let sum = 0;
      for (let l = 0; l < K; l++) {
        z[l] = Math.exp((z[l] as number) - top);
        sum += z[l] as number;
      }
      const y = (items[r] as Item).label;
      for (let l = 0; l < K; l++) {
        const g = (z[l] as number) / sum - (l === y ? 1 : 0);
        for (const [j, v] of row) G[j * K + l] = (G[j * K + l] as number) + g * v;
      }
    });
    for (let x = 0; x < W.length; x++) {
      const g = (G[x] as number) + 2 * d.l2 * (W[x] as number);
      H[x] = (H[x] as number) + g * g;
      const w = (W[x] as number) - (RATE * g) / Math.sqrt(H[x] as number);
      // L1 as a proximal step, and no weight below 0: a weight the data do not hold above the
      // threshold becomes 0, so most words and cues add to one label only.
      const t = (RATE * d.l1) / Math.sqrt(H[x] as number);
      W[x] = w > t ? w - t : 0;
    }
  }
  const out = new Map<string, number[]>();
  keys.forEach((k, j) => {
    const v = Array.from(W.subarray(j * K, j * K + K));
    if (Math.max(...v) >= PRUNE) out.set(k, v);
  });
  return out;
}

/**
 * The `cap` strongest weight vectors (by their largest weight, ties by key) and every label row
 * (`@...`); all of them when `cap` is 0.
 */
function capped(weights: ReadonlyMap<string, number[]>, cap: number): Map<string, number[]> {
  if (cap === 0) return new Map(weights);
  const top = (v: readonly number[]) => Math.max(...v);
  const rest = [...weights]
    .filter(([k]) => !k.startsWith("@"))
    .sort(([a, x], [b, y]) => top(y) - top(x) || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, cap);
  return new Map([...[...weights].filter(([k]) => k.startsWith("@")), ...rest]);
}

/** The cap on a detector's weight vectors: its MAX_VECTORS, or `--max-vectors N` (0: no cap). */
function maxVectors(d: Detector): number {
  const i = process.argv.indexOf("--max-vectors");
  if (i < 0) return MAX_VECTORS[d.name];
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`--max-vectors: "${process.argv[i + 1]}" must be a whole number >= 0`);
  }
  return n;
}

/** The label at the top of the detector's ranking for an item under `model` (its index). */
function predict(it: Item, model: DetectorModel, d: Detector): number {
  const hits = fittedHits(it.words, it.hits, model, d.lead ? leadEnd(it.words) : -1);
  const ownerless = d.name === "levels" && namesNoOwner(it.words, it.hits);
  const scores = fittedScores(d.labels, hits, model, ownerless);
  // The top of the ranking, as `npm run eval` counts it: ties (all 0 too) go to the first label.
  return d.labels.indexOf((ranked(d.labels, scores)[0] as { label: string }).label);
}

const pct = (ok: number, n: number): string => `${((100 * ok) / n).toFixed(1)}%`;

/** The weight vectors of a model's source: its lines but the label, cues and lead lines. */
const vectorCount = (source: string): number =>
  source.split("\n").filter((l) => !/^@(labels|cues|lead)\b/.test(l)).length;

function main(): void {
  const check = process.argv.includes("--check");
  const write = !process.argv.includes("--no-write");
  let differs = false;
  const figures: Record<string, Record<string, { n: number; ok: number }>> = {};
  for (const d of DETECTORS) {
    const cap = maxVectors(d);
    for (const lang of LANGS) {
      const items = itemsOf(d, lang);
      // The model names the lexicon it is fitted with: it counts only beside those cues.
      const cues = (PACKS[lang] as LanguagePack)[d.name].cues;
      const shape = { labels: d.labels, levels: d.name === "levels" };
      const writers = [...new Set(items.map((i) => i.writer))].sort();
      const foldOf = new Map(writers.map((w, i) => [w, i % FOLDS]));
      // Each fold's weights scored with the cap and without it: what the cap costs.
      let ok = 0;
      let okUncapped = 0;
      for (let f = 0; f < FOLDS; f++) {
        const train = items.filter((i) => foldOf.get(i.writer) !== f);
        const test = items.filter((i) => foldOf.get(i.writer) === f);
        const weights = fitWeights(train, d);
        const model = parseDetectorModel(
          detectorModelSource(d.labels, cues, d.lead, capped(weights, cap)),
          `fold ${f}`,
          shape,
        );
        const uncapped = parseDetectorModel(
          detectorModelSource(d.labels, cues, d.lead, weights),
          `fold ${f}`,
          shape,
        );
        for (const it of test) {
          if (predict(it, model, d) === it.label) ok++;
          if (predict(it, uncapped, d) === it.label) okUncapped++;
        }
      }
      figures[d.name] = { ...figures[d.name], [lang]: { n: items.length, ok } };
      const all = fitWeights(items, d);
      const source = detectorModelSource(d.labels, cues, d.lead, capped(all, cap));
      const without = vectorCount(detectorModelSource(d.labels, cues, d.lead, all));
      console.log(
        `${d.name} ${lang}: ${items.length} labelled statements of ${writers.length} writers; cross-validated by writer ${pct(ok, items.length)}; ${vectorCount(source)} weight vectors (without the cap: ${without}, ${pct(okUncapped, items.length)})`,
      );
      const file = `src/lang/${lang}/${d.file}.ts`;
      const ts = `// Written by \`npm run fit:detectors\` from the development writers' agreed labels: do not edit.
// The ${d.name === "lenses" ? "lens" : "level"} detector's fitted weights for this language (format: \`${d.name === "lenses" ? "LensesPart" : "LevelsPart"}.model\`).

/** The fitted weights of the ${d.name === "lenses" ? "lens" : "level"} detector. */
export const ${d.constName} = \`${source}
\`;
`;
      if (write && !writeOrCheck(file, ts, check)) differs = true;
    }
  }
  if (write && !writeOrCheck(FIGURES, `${JSON.stringify(figures, null, 2)}\n`, check)) {
    differs = true;
  }
  if (differs) process.exitCode = 1;
}

main();
