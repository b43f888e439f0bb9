// Fits the split weights (when a statement is split into a position and its reason) on the
// development writers' agreed statements (data/statements/agreed), prints how well they do
// cross-validated by writer beside the fixed gates they replace, and writes them to
// src/statements/classifier/split-weights.ts and the figures to
// data/statements/split-cross-validation.json.
//
//   npm run fit -- --predictions FILE && npm run fit:split -- --from FILE [--check]
//
// The features hold the cue scores of the statement's parts, so the split weights go with the
// kind model. With `--from FILE` (the way the shipped weights are made), each statement's
// features are those `npm run fit -- --predictions FILE` wrote: read by the model of its
// writer's fold, fitted without that writer, so the weights learn how scores look on text the
// model was not fitted on. Without it, the features are read through the shipped model, whose
// scores on its own training statements are more confident than on new text (quicker, for
// trying features out).
//
// What is fitted: every statement that is not neither kind and has a candidate split (the best
// one `bestSplit` finds with open gates: a position part that scores as standpunt and a reason
// part that scores lower) gives one feature vector (`splitFeatures`, the names in
// `SPLIT_FEATURES`) and the label "mixed" (the writer marked both parts) or not. The fit is a
// logistic regression with an L2 penalty on standardised features, by full-batch gradient
// descent (deterministic); the written weights work on the raw features.
//
// Cross-validation: the writers (a Pol.is conversation counts as one) are dealt round-robin, in
// sorted order, into FOLDS folds; each fold is scored by weights fitted on the others. The
// threshold is the one (in steps of 0.05) with the best F1 of "split" against "mixed" over all
// statements, cross-validated; ties go to the lower threshold. Recall counts the mixed
// statements that are split, false splits the single-kind statements that are split anyway
// (statements without a candidate count as not split). These are training-data figures of the
// development writers, cross-validated; the sealed rounds give the held-out ones.
//
// `--check` fits and compares with the shipped weights and figures without writing (exit 1 when
// they differ).

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Lang } from "../src/lang";
import { defaultSetup, scoreStatement } from "../src/statements/classifier/analyse";
import { neitherWins } from "../src/statements/classifier/decide";
import {
  bestSplit,
  SPLIT_FEATURES,
  splitFeatures,
  splitStatement,
} from "../src/statements/classifier/split";
import { readJsonl } from "./eval";

const DIR = "data/statements/agreed";
const WEIGHTS = "src/statements/classifier/split-weights.ts";
const FIGURES = "data/statements/split-cross-validation.json";
const FOLDS = 10;
const L2 = 1;
const STEPS = 600;
const RATE = 1;

interface Item {
  readonly writer: string;
  readonly mixed: boolean;
  /** The candidate's features, or undefined when the statement has no candidate split. */
  readonly x: readonly number[] | undefined;
  /** Whether the fixed gates (a pack without a fitted model) split it. */
  readonly gates: boolean;
}

/** The agreed statements with their features: out of fold from `from`, or the shipped model's. */
function items(from: string | undefined): Item[] {
  const outOfFold = new Map<string, number[] | null>();
  if (from !== undefined) {
    for (const r of readJsonl(from)) {
      if (!("split" in r)) throw new Error(`${from}: ${String(r.id)} has no split features`);
      outOfFold.set(String(r.id), r.split as number[] | null);
    }
  }
  const out: Item[] = [];
  for (const f of readdirSync(DIR).sort()) {
    for (const r of readJsonl(`${DIR}/${f}`)) {
      const lang = r.lang as Lang;
      const mixed = typeof r.standpuntPart === "string" && typeof r.belangPart === "string";
      const { s, p, cues, score, neither } = scoreStatement(String(r.text), lang, defaultSetup);
      let x: number[] | undefined;
      let gates = false;
      if (p !== undefined && !neitherWins(score, neither)) {
        const c = bestSplit(p, s, cues, score, true);
        if (c !== undefined) x = splitFeatures(p, cues, c, score, neither);
        // The fixed gates, for comparison: the split of a pack without a fitted model.
        gates = splitStatement(p, { ...s, model: undefined }, cues, score, neither).length === 2;
      }
      if (from !== undefined) {
        const oof = outOfFold.get(String(r.id));
        if (oof === undefined) throw new Error(`${from}: no line for ${String(r.id)}`);
        x = oof ?? undefined;
      }
      out.push({ writer: String(r.writer), mixed, x, gates });
    }
  }
  return out;
}

interface Fitted {
  readonly bias: number;
  readonly weights: number[];
}

/** Logistic regression with L2 on standardised features; returns weights on raw features. */
function fitSplit(train: readonly Item[]): Fitted {
  const rows = train.filter((i) => i.x !== undefined);
  const k = SPLIT_FEATURES.length;
  const mean = new Array<number>(k).fill(0);
  const sd = new Array<number>(k).fill(0);
  for (const r of rows) {
    for (let j = 0; j < k; j++) mean[j] = (mean[j] as number) + ((r.x as number[])[j] as number);
  }
  for (let j = 0; j < k; j++) mean[j] = (mean[j] as number) / rows.length;
  for (const r of rows) {
    for (let j = 0; j < k; j++) {
      sd[j] = (sd[j] as number) + (((r.x as number[])[j] as number) - (mean[j] as number)) ** 2;
    }
  }
  for (let j = 0; j < k; j++) sd[j] = Math.sqrt((sd[j] as number) / rows.length) || 1;
  const xs = rows.map((r) =>
    (r.x as number[]).map((v, j) => (v - (mean[j] as number)) / (sd[j] as number)),
  );
  const ys = rows.map((r) => (r.mixed ? 1 : 0));
  const w = new Array<number>(k).fill(0);
  let b = 0;
  const n = rows.length;
  for (let step = 0; step < STEPS; step++) {
    const gw = w.map((wj) => (L2 * wj) / n);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const x = xs[i] as number[];
      let z = b;
      for (let j = 0; j < k; j++) z += (w[j] as number) * (x[j] as number);
      const e = 1 / (1 + Math.exp(-z)) - (ys[i] as number);
      for (let j = 0; j < k; j++) gw[j] = (gw[j] as number) + (e * (x[j] as number)) / n;
      gb += e / n;
    }
    for (let j = 0; j < k; j++) w[j] = (w[j] as number) - RATE * (gw[j] as number);
    b -= RATE * gb;
  }
  // Back to raw features: w·(x - mean)/sd + b = (w/sd)·x + (b - Σ w·mean/sd).
  const weights = w.map((wj, j) => wj / (sd[j] as number));
  const bias = b - weights.reduce((a, wj, j) => a + wj * (mean[j] as number), 0);
  return { bias, weights };
}

function probability(f: Fitted, x: readonly number[]): number {
  let z = f.bias;
  for (let j = 0; j < x.length; j++) z += (f.weights[j] as number) * (x[j] as number);
  return 1 / (1 + Math.exp(-z));
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
  const check = process.argv.includes("--check");
  const at = process.argv.indexOf("--from");
  const from = at >= 0 ? process.argv[at + 1] : undefined;
  if (at >= 0 && (from === undefined || from.startsWith("--"))) {
    throw new Error("--from: give the file that `npm run fit -- --predictions FILE` wrote");
  }
  const all = items(from);
  const writers = [...new Set(all.map((i) => i.writer))].sort();
  const foldOf = new Map(writers.map((w, i) => [w, i % FOLDS]));
  const out = new Map<Item, number>();
  for (let f = 0; f < FOLDS; f++) {
    const model = fitSplit(all.filter((i) => foldOf.get(i.writer) !== f));
    for (const i of all) {
      if (foldOf.get(i.writer) === f && i.x !== undefined) out.set(i, probability(model, i.x));
    }
  }
  let threshold = 0.05;
  let best = -1;
  for (let t = 5; t <= 95; t += 5) {
    const c = counts(all, (i) => (out.get(i) ?? -1) >= t / 100);
    if (f1(c) > best) {
      best = f1(c);
      threshold = t / 100;
    }
  }
  const cv = counts(all, (i) => (out.get(i) ?? -1) >= threshold);
  const gates = counts(all, (i) => i.gates);
  console.log(
    `${all.length} statements of ${writers.length} writers, ${cv.mixed} mixed; ${out.size} with a candidate split`,
  );
  console.log(
    `features ${from === undefined ? "read by the shipped model (its training statements)" : `out of fold, from ${from}`}`,
  );
  console.log(`fixed gates (training figure):        ${show(gates)}`);
  console.log(`fitted, threshold ${threshold.toFixed(2)} (cross-validated): ${show(cv)}`);
  const model = fitSplit(all);
  const lines = SPLIT_FEATURES.map(
    (name, j) => `  ${round(model.weights[j] as number)}, // ${name}`,
  ).join("\n");
  const ts = `// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by \`npm run fit:split\` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason: a logistic
// regression over the features of its best candidate split (\`SPLIT_FEATURES\` in split.ts), on
// ${out.size} candidates of ${all.length} statements (${cv.mixed} mixed), ${from === undefined ? "read by the shipped model" : "each read by the model of its writer's fold (npm run fit -- --predictions)"}.

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
    features: from === undefined ? "read by the shipped model" : "out of fold",
    statements: all.length,
    writers: writers.length,
    mixed: cv.mixed,
    single: cv.single,
    threshold,
    fitted: { split: cv.split, falseSplits: cv.falseSplits },
    gates: { split: gates.split, falseSplits: gates.falseSplits },
  };
  let differs = !writeOrCheck(WEIGHTS, ts, check);
  if (!writeOrCheck(FIGURES, `${JSON.stringify(figures, null, 2)}\n`, check)) differs = true;
  if (differs) process.exitCode = 1;
}

/** Writes `text` to `file`, or with `check` only compares: false when the file differs. */
function writeOrCheck(file: string, text: string, check: boolean): boolean {
  if (!check) {
    writeFileSync(file, text);
    return true;
  }
  let old = "";
  try {
    old = readFileSync(file, "utf8");
  } catch {}
  if (old === text) return true;
  console.log(`  ${file} differs from this fit`);
  return false;
}

main();
