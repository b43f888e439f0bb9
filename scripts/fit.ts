// Fits the cue-family weights and the per-language bias of the statement classifier from the
// labelled dev set, and writes src/statements/classifier/weights.ts.
//
//   npx tsx scripts/fit.ts [file.jsonl ...]   (default: data/statements-dev.jsonl; several files are pooled)
//
// Model: logistic regression on cue-family counts (capped at 3). One weight per family, shared
// by both languages, constrained to be >= 0 so that a family always points the way its prefix
// says (`s.` standpunt, `b.` belang): a fitted weight can switch a family off but never turn a
// fear cue into a position cue. L2-regularised, full-batch gradient descent, fixed iteration
// count: the result is deterministic. The L2 term pulls each weight toward a prior (PRIORS).

import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Lang } from "../src/lang";
import {
  type Analysis,
  analyse,
  families,
  type LangSetup,
  type Model,
  withWeights,
} from "../src/statements/classifier/core";

/** A labelled statement. */
export interface Item {
  readonly id: string;
  readonly text: string;
  readonly lang: Lang;
  readonly kind: "standpunt" | "belang";
}

const reweighed = new WeakMap<Model, Map<LangSetup, LangSetup>>();

/** Analyses a text with the weights of `model` instead of the shipped ones. */
export function analyseWith(text: string, lang: Lang, model: Model): Analysis {
  let m = reweighed.get(model);
  if (m === undefined) {
    m = new Map();
    reweighed.set(model, m);
  }
  const cache = m;
  return analyse(text, lang, undefined, (base) => {
    let s = cache.get(base);
    if (s === undefined) {
      s = withWeights(base, model.weights, model.bias[base.lang === "nl" ? 0 : 1]);
      cache.set(base, s);
    }
    return s;
  });
}

/** Family counts of one text, found with every family at weight 1. */
export type Features = ReadonlyMap<string, number>;

let unit: Model | undefined;

/** Counts the cue families found in a text (capped at 3 per family). */
export function features(text: string, lang: Lang): Features {
  if (unit === undefined) {
    const w: Record<string, number> = {};
    for (const f of families()) w[f] = 1;
    unit = { weights: w, bias: [0, 0] };
  }
  const an = analyseWith(text, lang, unit);
  const m = new Map<string, number>();
  for (const c of an.cues) {
    const key = [c.family, `${c.family}/desc`, "b/cond", "s/feared"][c.ctx] as string;
    m.set(key, Math.min(3, (m.get(key) ?? 0) + 1));
  }
  return m;
}

/**
 * Prior weight per family: the fit is pulled toward it (L2), not toward 0. Families that the
 * labelling guideline calls decisive (refusals, conditions, votes, proposals, fears, hopes)
 * start high, so that a few dev sentences where they co-occur with other cues cannot talk
 * them down to nothing; every other family starts at 1.
 */
export const PRIORS: Readonly<Record<string, number>> = {
  "s.refuse": 2.5,
  "s.condition": 2.5,
  "s.vote": 2.5,
  "s.propose": 2.5,
  "s.letus": 2.5,
  "s.softq": 2,
  "b.fear": 2.5,
  "b.hope": 2.5,
};

/** The prior of a family; means markers in a description (`/desc`) and standpunt cues inside a fear or hope (`s/feared`) start at 0. */
function prior(fam: string): number {
  return PRIORS[fam] ?? (fam.endsWith("/desc") || fam === "s/feared" ? 0 : 1);
}

/** Fitting options. */
export interface FitOptions {
  readonly l2?: number;
  readonly iterations?: number;
}

/** Fits family weights and biases on labelled items. */
export function fitModel(
  items: readonly Item[],
  feats: readonly Features[],
  opts: FitOptions = {},
): Model {
  const fams = families();
  const dir = new Map(fams.map((f) => [f, f.startsWith("s.") ? 1 : -1]));
  const l2 = opts.l2 ?? 0.5;
  const iters = opts.iterations ?? 3000;
  const w = new Map(fams.map((f) => [f, 0.5]));
  const bias: [number, number] = [0, 0];
  const lr = 0.5 / items.length;
  for (let it = 0; it < iters; it++) {
    const gw = new Map(fams.map((f) => [f, 0]));
    const gb: [number, number] = [0, 0];
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as Item;
      const f = feats[i] as Features;
      const li = item.lang === "nl" ? 0 : 1;
      let z = bias[li];
      for (const [fam, c] of f) z += (dir.get(fam) ?? 0) * (w.get(fam) ?? 0) * c;
      const y = item.kind === "standpunt" ? 1 : 0;
      const err = 1 / (1 + Math.exp(-z)) - y;
      gb[li] += err;
      for (const [fam, c] of f) gw.set(fam, (gw.get(fam) ?? 0) + err * (dir.get(fam) ?? 0) * c);
    }
    bias[0] -= lr * 20 * gb[0];
    bias[1] -= lr * 20 * gb[1];
    for (const fam of fams) {
      const g = (gw.get(fam) ?? 0) + l2 * ((w.get(fam) ?? 0) - prior(fam));
      w.set(fam, Math.max(0, (w.get(fam) ?? 0) - lr * 20 * g));
    }
  }
  const weights: Record<string, number> = {};
  for (const f of fams) weights[f] = Math.round((w.get(f) ?? 0) * 100) / 100;
  return { weights, bias: [Math.round(bias[0] * 100) / 100, Math.round(bias[1] * 100) / 100] };
}

/** Reads a JSONL file of labelled statements (items without a kind are skipped). */
export function readItems(path: string): Item[] {
  const out: Item[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const o = JSON.parse(line) as Partial<Item>;
    if ((o.kind === "standpunt" || o.kind === "belang") && typeof o.text === "string") {
      out.push({
        id: String(o.id),
        text: o.text,
        lang: o.lang === "en" ? "en" : "nl",
        kind: o.kind,
      });
    }
  }
  return out;
}

function main(): void {
  const paths = process.argv.length > 2 ? process.argv.slice(2) : ["data/statements-dev.jsonl"];
  const path = paths.join(" + ");
  const items = paths.flatMap(readItems);
  const feats = items.map((it) => features(it.text, it.lang));
  const model = fitModel(items, feats);
  const entries = Object.entries(model.weights)
    .map(([k, v]) => `  "${k}": ${v},`)
    .join("\n");
  const src = `// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Generated by scripts/fit.ts from ${path} (${items.length} statements). Do not edit by hand:
// run \`npx tsx scripts/fit.ts\`. Logistic regression on cue-family counts, weights >= 0.

/** Fitted weight per cue family (strength; the direction comes from the family's prefix). */
export const FAMILY_WEIGHTS: Readonly<Record<string, number>> = {
${entries}
};

/** Fitted prior log-odds of standpunt per language, before any cue: [nl, en]. */
export const BIAS: readonly [number, number] = [${model.bias[0]}, ${model.bias[1]}];
`;
  writeFileSync("src/statements/classifier/weights.ts", src);
  console.log(`fitted ${Object.keys(model.weights).length} families on ${items.length} statements`);
  for (const [k, v] of Object.entries(model.weights)) console.log(`${k.padEnd(14)} ${v}`);
  console.log(`bias nl ${model.bias[0]} en ${model.bias[1]}`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
