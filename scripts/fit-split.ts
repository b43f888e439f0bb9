// Fits the split weights (when a statement is split into a position and its reason) on the
// development writers' agreed statements (data/statements/agreed), prints how well they do
// cross-validated by writer beside the fixed gates they replace, and writes them to
// src/statements/classifier/split-weights.ts and src/lang/<code>/split-words.ts and the figures to
// data/statements/split-cross-validation.json.
//
//   npm run fit -- --folds DIR    (the kind model, and each writer's fold model into DIR)
//   npm run fit:split -- --folds DIR [--check]
//
// The features hold the cue scores of the statement's parts, so the split weights go with the
// kind model: refit them after each `npm run fit`. With `--folds DIR` (the way the shipped
// weights are made), each statement is read by the model of its writer's fold, which was fitted
// without that writer, so the weights learn how scores look on text the model was not fitted
// on. Without it, the statements are read by the shipped model, whose scores on its own training
// statements are more confident than on new text (quicker, for trying features out; such
// weights split too little on new text).
//
// What is fitted: every candidate split of every statement that is not neither kind
// (`splitCandidates`: a reason clause that opens the statement, each connective, each sentence
// or clause break both ways round) gives one feature vector (the names in `SPLIT_FEATURES`) and
// the label "the writer's split" (both parts exactly the writer's; in a mixed statement none of
// whose candidates has them, the candidate `bestSplit` prefers) or not, and the word where its
// parts meet (`junctionWord`): each language's TOP_WORDS commonest such words (by writers) weigh
// as features of 0 or 1, written to its pack (`splitWords`, src/lang/<code>/split-words.ts). A
// statement is split at its most probable candidate when that reaches the threshold
// (`rankedSplit`) and its position part scores as standpunt on its own cues (`splitStatement`).
// The fit is a logistic regression with a small L2 penalty on standardised features (the words'
// features unstandardised, with larger steps), by full-batch gradient descent for a fixed number
// of steps (deterministic); the written weights work on the raw features.
//
// Cross-validation: the writers (a Pol.is conversation counts as one) are dealt round-robin, in
// sorted order, into FOLDS folds; each fold is scored by weights fitted on the others. The
// threshold is the one (in steps of 0.05) with the best F1 of "split" against "mixed" over all
// statements, cross-validated; ties go to the lower threshold. Recall counts the mixed statements
// that are split, false splits the single-kind statements that are split anyway (statements without
// a candidate count as not split); of the mixed statements, it also prints the share split with
// both parts exactly the writer's (`sameParts`, as `npm run eval` compares them; recorded as
// `fitted.exact` in the figures). It also prints and records the same figures at each threshold of
// TRADE_OFF, overall and per language (`byThreshold`): what a higher recall would cost in false
// splits. Two caveats: the threshold is chosen on the same out-of-fold answers it is reported on,
// and a fold model that reads one writer was fitted on the writers of the other split folds too.
// These are training-data figures of the development writers; the sealed rounds give the held-out
// ones.
//
// The comparison, "fixed gates", is the split before the fitted weights: the fixed gates on the
// cue scores of the same reading (as shipped packs split until then).
//
// `--check` fits and compares with the shipped weights and figures without writing (exit 1 when
// they differ).

import { readFileSync } from "node:fs";
import { LANGS, type Lang } from "../src/lang";
import { en } from "../src/lang/en";
import { nl } from "../src/lang/nl";
import type { LanguagePack } from "../src/lang/types";
import { defaultSetup, scoreStatement } from "../src/statements/classifier/analyse";
import { neitherWins } from "../src/statements/classifier/decide";
import {
  junctionWord,
  partSpan,
  SPLIT_FEATURES,
  splitCandidates,
  splitProbability,
  splitStatement,
} from "../src/statements/classifier/split";
import { readJsonl } from "./eval";
import { isMixedRow, sameParts } from "./eval-writers";
import { writerFiles } from "./fit";
import { writeOrCheck } from "./write-or-check";

const WEIGHTS = "src/statements/classifier/split-weights.ts";
/** Each language's junction words and their weights (`splitWords` of its pack). */
const WORDS = (lang: Lang): string => `src/lang/${lang}/split-words.ts`;
const FIGURES = "data/statements/split-cross-validation.json";
const FOLDS = 10;
const L2 = 1;
const STEPS = 600;
const RATE = 1;
/**
 * The junction words a language's split weighs: the TOP_WORDS words, where candidates' parts
 * meet, used there by the most writers of the training part, and by at least MIN_WORD_WRITERS.
 * Their features are 0 or 1, not standardised, and take steps WORD_RATE times larger. Measured in
 * the thirty-third session (440 writers, the same fold models, threshold 0.30): 40 words of at
 * least 20 writers split 67.8% of the mixed statements (3.0% of the others, F1 0.697), 150 of at
 * least 10 68.1% (3.0%, F1 0.700), 400 of at least 5 68.2% (3.0%, F1 0.702).
 */
const TOP_WORDS = 150;
const MIN_WORD_WRITERS = 10;
const WORD_RATE = 20;
/** The thresholds whose trade-off (recall against false splits) is printed and recorded. */
const TRADE_OFF = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];
const PACKS: Record<Lang, LanguagePack> = { nl, en };

/** A candidate split of a statement: its features, and whether its parts are the writer's. */
interface Cand {
  readonly x: readonly number[];
  /** The word where its parts meet, in its compared form (`junctionWord`). */
  readonly word: string;
  /** Whether its two parts are the writer's (after trimming, as `npm run eval` compares them). */
  readonly exact: boolean;
}

interface Item {
  readonly writer: string;
  readonly lang: Lang;
  readonly mixed: boolean;
  /** Every candidate split of the statement (none when it has none, or is neither kind). */
  readonly cands: readonly Cand[];
  /** Whether the fixed gates split it, on the same reading. */
  readonly gates: boolean;
}

/** The packs of a writer's fold: its fold models from `dir` (`npm run fit -- --folds DIR`). */
function foldPacks(dir: string, writer: string): Record<Lang, LanguagePack> {
  const file = `${dir}/${writer}.json`;
  let o: { writer?: unknown; models?: Record<string, unknown> };
  try {
    o = JSON.parse(readFileSync(file, "utf8")) as typeof o;
  } catch (e) {
    throw new Error(`--folds: cannot read ${file} (${(e as Error).message})`);
  }
  if (o.writer !== writer) throw new Error(`${file}: is the fold of "${String(o.writer)}"`);
  const out = {} as Record<Lang, LanguagePack>;
  for (const l of LANGS) {
    const model = o.models?.[l];
    if (typeof model !== "string") throw new Error(`${file}: no model for "${l}"`);
    out[l] = { ...PACKS[l], statements: { ...PACKS[l].statements, model } };
  }
  return out;
}

/** The agreed statements, each read by its writer's fold model (`folds`) or the shipped one. */
function items(folds: string | undefined): Item[] {
  const out: Item[] = [];
  let packs: Record<Lang, LanguagePack> | undefined;
  let packsOf = "";
  for (const file of writerFiles()) {
    for (const r of readJsonl(file)) {
      const writer = String(r.writer);
      const lang = r.lang as Lang;
      if (folds !== undefined && packsOf !== writer) {
        packs = foldPacks(folds, writer);
        packsOf = writer;
      }
      const read = packs === undefined ? lang : packs[lang];
      const { s, p, cues, score, neither } = scoreStatement(String(r.text), read, defaultSetup);
      const mixed = isMixedRow(r);
      let cands: Cand[] = [];
      let gates = false;
      if (p !== undefined) {
        const text = String(r.text);
        const part = (lo: number, hi: number): string => {
          const { start, end } = partSpan(p, lo, hi);
          return text.slice(start, end);
        };
        cands = splitCandidates(p, s, cues, score, neither).map(({ candidate: c, features }) => ({
          x: features,
          word: junctionWord(p, c),
          exact: mixed && sameParts(part(c.position0, c.position1), part(c.reason0, c.reason1), r),
        }));
        gates =
          !neitherWins(score, neither) &&
          splitStatement(p, { ...s, model: undefined }, cues, score, neither).parts.length === 2;
      }
      out.push({ writer, lang, mixed, cands, gates });
    }
  }
  return out;
}

interface Fitted {
  readonly bias: number;
  readonly weights: number[];
  /** Per language, the weight of each junction word it weighs. */
  readonly words: Record<Lang, Map<string, number>>;
  /** The norm of the last step's gradient (on standardised features): near 0 when converged. */
  readonly gradient: number;
}

/** Per language, the junction words of the training items (see TOP_WORDS), in a fixed order. */
function junctionWords(train: readonly Item[]): Record<Lang, string[]> {
  const out = {} as Record<Lang, string[]>;
  for (const lang of LANGS) {
    const writers = new Map<string, Set<string>>();
    for (const i of train) {
      if (i.lang !== lang) continue;
      for (const c of i.cands) {
        if (c.word === "") continue;
        const w = writers.get(c.word) ?? new Set<string>();
        w.add(i.writer);
        writers.set(c.word, w);
      }
    }
    out[lang] = [...writers]
      .filter(([, w]) => w.size >= MIN_WORD_WRITERS)
      .sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))
      .slice(0, TOP_WORDS)
      .map(([word]) => word);
  }
  return out;
}

/**
 * Logistic regression with L2 on standardised features and on the junction words (0 or 1);
 * returns weights on raw features.
 */
function fitSplit(train: readonly Item[]): Fitted {
  // Every candidate of every statement; a candidate is a positive when its parts are the
  // writer's, so the weights learn which candidate to take as well as whether to split. In a
  // mixed statement none of whose candidates has the writer's parts exactly, the one `bestSplit`
  // prefers stands for them: the statement still holds both.
  const preferred = SPLIT_FEATURES.indexOf("preferred");
  const vocabulary = junctionWords(train);
  const index = new Map<string, number>();
  for (const lang of LANGS) for (const w of vocabulary[lang]) index.set(`${lang}:${w}`, index.size);
  const rows = train.flatMap((i) => {
    const exact = i.cands.some((c) => c.exact);
    return i.cands.map((c) => ({
      x: c.x,
      word: index.get(`${i.lang}:${c.word}`) ?? -1,
      y: c.exact || (i.mixed && !exact && c.x[preferred] === 1),
    }));
  });
  const k = SPLIT_FEATURES.length;
  const mean = new Array<number>(k).fill(0);
  const sd = new Array<number>(k).fill(0);
  for (const r of rows) {
    for (let j = 0; j < k; j++) mean[j] = (mean[j] as number) + (r.x[j] as number);
  }
  for (let j = 0; j < k; j++) mean[j] = (mean[j] as number) / rows.length;
  for (const r of rows) {
    for (let j = 0; j < k; j++) {
      sd[j] = (sd[j] as number) + ((r.x[j] as number) - (mean[j] as number)) ** 2;
    }
  }
  for (let j = 0; j < k; j++) sd[j] = Math.sqrt((sd[j] as number) / rows.length) || 1;
  const xs = rows.map((r) => r.x.map((v, j) => (v - (mean[j] as number)) / (sd[j] as number)));
  const ys = rows.map((r) => (r.y ? 1 : 0));
  const w = new Array<number>(k).fill(0);
  const v = new Array<number>(index.size).fill(0);
  let b = 0;
  let gradient = 0;
  const n = rows.length;
  for (let step = 0; step < STEPS; step++) {
    const gw = w.map((wj) => (L2 * wj) / n);
    const gv = v.map((vj) => (L2 * vj) / n);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const x = xs[i] as number[];
      const word = (rows[i] as (typeof rows)[number]).word;
      let z = b + (word >= 0 ? (v[word] as number) : 0);
      for (let j = 0; j < k; j++) z += (w[j] as number) * (x[j] as number);
      const e = 1 / (1 + Math.exp(-z)) - (ys[i] as number);
      for (let j = 0; j < k; j++) gw[j] = (gw[j] as number) + (e * (x[j] as number)) / n;
      if (word >= 0) gv[word] = (gv[word] as number) + e / n;
      gb += e / n;
    }
    for (let j = 0; j < k; j++) w[j] = (w[j] as number) - RATE * (gw[j] as number);
    for (let j = 0; j < v.length; j++) v[j] = (v[j] as number) - WORD_RATE * (gv[j] as number);
    b -= RATE * gb;
    gradient = Math.sqrt([...gw, ...gv].reduce((a, g) => a + g * g, gb * gb));
  }
  // Back to raw features: w·(x - mean)/sd + b = (w/sd)·x + (b - Σ w·mean/sd).
  if (![b, ...w, ...v].every(Number.isFinite))
    throw new Error("the fit diverged: a weight is not finite");
  const weights = w.map((wj, j) => wj / (sd[j] as number));
  const bias = b - weights.reduce((a, wj, j) => a + wj * (mean[j] as number), 0);
  const words = {} as Record<Lang, Map<string, number>>;
  for (const lang of LANGS) {
    words[lang] = new Map(
      vocabulary[lang].map((word) => [word, v[index.get(`${lang}:${word}`) as number] as number]),
    );
  }
  return { bias, weights, words, gradient };
}

/** A candidate's probability under weights being fitted, as the classifier computes it. */
function probability(f: Fitted, x: readonly number[], lang: Lang, word: string): number {
  return splitProbability(x, f.words[lang].get(word) ?? 0, f.bias, f.weights);
}

interface Counts {
  readonly mixed: number;
  readonly split: number;
  readonly single: number;
  readonly falseSplits: number;
}

function counts(all: readonly Item[], splits: (i: Item) => boolean): Counts {
  let mixed = 0;
  let split = 0;
  let single = 0;
  let falseSplits = 0;
  for (const i of all) {
    const s = splits(i);
    if (i.mixed) {
      mixed++;
      if (s) split++;
    } else {
      single++;
      if (s) falseSplits++;
    }
  }
  return { mixed, split, single, falseSplits };
}

const f1 = (c: Counts): number => (2 * c.split) / (c.mixed + c.split + c.falseSplits);
const pct = (ok: number, n: number): string => `${((100 * ok) / n).toFixed(1)}%`;
const show = (c: Counts): string =>
  `mixed split ${pct(c.split, c.mixed)}, single-kind split anyway ${pct(c.falseSplits, c.single)}, precision ${pct(c.split, c.split + c.falseSplits)}, F1 ${f1(c).toFixed(3)}`;
const round = (x: number): number => Math.round(x * 1e4) / 1e4;

function main(): void {
  const args = process.argv.slice(2);
  const check = args.includes("--check");
  const at = args.indexOf("--folds");
  const folds = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && (folds === undefined || folds.startsWith("--"))) {
    throw new Error("--folds: give the folder that `npm run fit -- --folds DIR` wrote");
  }
  const unknown = args.filter(
    (a, i) => a.startsWith("--") && a !== "--check" && a !== "--folds" && i !== at + 1,
  );
  if (unknown.length > 0)
    throw new Error(`unknown option ${unknown.join(", ")} (--folds DIR, --check)`);
  const all = items(folds);
  const writers = [...new Set(all.map((i) => i.writer))].sort();
  const foldOf = new Map(writers.map((w, i) => [w, i % FOLDS]));
  // Each statement's most probable candidate (the first on a tie), as `rankedSplit` takes it.
  // With whether its position part leans to standpunt on its own cues: a statement is split only
  // then (`splitStatement`).
  const position = SPLIT_FEATURES.indexOf("position");
  const out = new Map<
    Item,
    { readonly p: number; readonly exact: boolean; readonly position: boolean }
  >();
  for (let f = 0; f < FOLDS; f++) {
    const model = fitSplit(all.filter((i) => foldOf.get(i.writer) !== f));
    for (const i of all) {
      if (foldOf.get(i.writer) !== f) continue;
      for (const c of i.cands) {
        const p = probability(model, c.x, i.lang, c.word);
        if (p > (out.get(i)?.p ?? -1)) {
          out.set(i, { p, exact: c.exact, position: (c.x[position] as number) > 0 });
        }
      }
    }
  }
  const splits = (i: Item, t: number): boolean => {
    const o = out.get(i);
    return o !== undefined && o.p >= t && o.position;
  };
  let threshold = 0.05;
  let best = -1;
  for (let t = 5; t <= 95; t += 5) {
    const c = counts(all, (i) => splits(i, t / 100));
    if (f1(c) > best) {
      best = f1(c);
      threshold = t / 100;
    }
  }
  const cv = counts(all, (i) => splits(i, threshold));
  const candidates = all.reduce((a, i) => a + i.cands.length, 0);
  const gates = counts(all, (i) => i.gates);
  console.log(
    `${all.length} statements of ${writers.length} writers, ${cv.mixed} mixed; ${out.size} with a candidate split, ${candidates} candidates`,
  );
  console.log(
    `read ${folds === undefined ? "by the shipped model (its training statements)" : "by each writer's fold model"}`,
  );
  console.log(`fixed gates:                                ${show(gates)}`);
  console.log(`fitted, threshold ${threshold.toFixed(2)} (cross-validated): ${show(cv)}`);
  const exact = counts(all, (i) => out.get(i)?.exact === true && splits(i, threshold));
  // The trade-off around the chosen threshold, for whoever weighs recall against false splits:
  // per threshold, overall and per language, cross-validated as above.
  const ofLang = Object.fromEntries(
    LANGS.map((lang) => [lang, all.filter((i) => i.lang === lang)]),
  ) as Record<Lang, Item[]>;
  const tradeOff = TRADE_OFF.map((t) => ({
    threshold: t,
    all: counts(all, (i) => splits(i, t)),
    exact: counts(all, (i) => out.get(i)?.exact === true && splits(i, t)).split,
    langs: LANGS.map((lang) => [lang, counts(ofLang[lang], (i) => splits(i, t))] as const),
  }));
  console.log("  by threshold (mixed split, single-kind split anyway, F1; per language):");
  for (const r of tradeOff) {
    const langs = r.langs
      .map(([lang, c]) => `${lang} ${pct(c.split, c.mixed)} / ${pct(c.falseSplits, c.single)}`)
      .join(", ");
    console.log(
      `    ${r.threshold.toFixed(2)}: ${pct(r.all.split, r.all.mixed)}, ${pct(r.all.falseSplits, r.all.single)}, F1 ${f1(r.all).toFixed(3)}; ${langs}`,
    );
  }
  console.log(
    `  of the mixed statements, split with both parts exactly the writer's: ${pct(exact.split, exact.mixed)}`,
  );
  const model = fitSplit(all);
  console.log(`fit on all: gradient norm after ${STEPS} steps ${model.gradient.toExponential(1)}`);
  const lines = SPLIT_FEATURES.map(
    (name, j) => `  ${round(model.weights[j] as number)}, // ${name}`,
  ).join("\n");
  const ts = `// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by \`npm run fit:split\` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (\`SPLIT_FEATURES\` in split.ts;
// the most probable candidate is taken), on ${candidates} candidates of ${out.size} statements of ${all.length} (${cv.mixed} mixed), ${folds === undefined ? "read by the shipped model" : "each read by its writer's fold model (npm run fit -- --folds)"}.

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = ${round(model.bias)};

/** The fitted weight of each feature of \`SPLIT_FEATURES\`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
${lines}
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = ${threshold};
`;
  const figures = {
    read: folds === undefined ? "by the shipped model" : "by each writer's fold model",
    statements: all.length,
    writers: writers.length,
    mixed: cv.mixed,
    single: cv.single,
    threshold,
    fitted: { split: cv.split, falseSplits: cv.falseSplits, exact: exact.split },
    gates: { split: gates.split, falseSplits: gates.falseSplits },
    // How many mixed and single-kind statements each language has (the same at any threshold).
    languages: Object.fromEntries(
      (tradeOff[0]?.langs ?? []).map(([lang, c]) => [lang, { mixed: c.mixed, single: c.single }]),
    ),
    byThreshold: tradeOff.map((r) => ({
      threshold: r.threshold,
      split: r.all.split,
      falseSplits: r.all.falseSplits,
      exact: r.exact,
      ...Object.fromEntries(
        r.langs.map(([lang, c]) => [lang, { split: c.split, falseSplits: c.falseSplits }]),
      ),
    })),
  };
  let differs = !writeOrCheck(WEIGHTS, ts, check);
  for (const lang of LANGS) {
    const lines = [...model.words[lang]].map(([word, weight]) => `${word} ${round(weight)}`);
    const words = `// Written by \`npm run fit:split\` with the split weights: do not edit.
// What the word where a candidate split's two parts meet (a connective, or the first word after
// the break) adds to the split's log-odds (\`splitWords\` in src/lang/types.ts): the ${TOP_WORDS} words
// used there by the most development writers (at least ${MIN_WORD_WRITERS}), fitted with the weights in
// src/statements/classifier/split-weights.ts.

/** One line per word: the word and its weight. */
export const splitWords = \`${lines.join("\n")}\`;
`;
    if (!writeOrCheck(WORDS(lang), words, check)) differs = true;
  }
  if (!writeOrCheck(FIGURES, `${JSON.stringify(figures, null, 2)}\n`, check)) differs = true;
  if (differs) process.exitCode = 1;
}

main();
