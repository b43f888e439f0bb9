// Fits the cue-family weights and the per-language bias of the statement classifier from the
// labelled dev set, and writes them into src/statements/classifier/weights.ts: the weights of a
// language pack without a fitted model (the built-in packs have one: `npm run fit`,
// scripts/fit-model.ts).
//
//   npm run fit:families [-- file.jsonl ...]   (default: data/statements-dev.jsonl; several files are pooled)
//   npm run fit:families -- --calibrate        only their confidence scale, on the development writers
//
// Model: logistic regression on cue-family counts (capped at 3). One weight per family, shared
// by both languages, constrained to be >= 0 so that a family always points the way its prefix
// says (`s.` standpunt, `b.` belang): a fitted weight can switch a family off but never turn a
// fear cue into a position cue. L2-regularised, full-batch gradient descent, fixed iteration
// count: the result is deterministic. The L2 term pulls each weight toward a prior (PRIORS).

import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LANGS, type Lang, STATEMENTS } from "../src/lang";
import { analyseWith, families, type Model } from "../src/statements/classifier/fitting";
import { Context } from "../src/statements/classifier/weigh";
import { FAMILY_WEIGHTS } from "../src/statements/classifier/weights";

export { analyseWith };

/** A labelled statement. */
export interface Item {
  readonly id: string;
  readonly text: string;
  readonly lang: Lang;
  readonly kind: "standpunt" | "belang";
  /** Who wrote it: cross-validation and calibration hold out one writer at a time. */
  readonly writer: string;
}

/** Family counts of one text, found with every family at weight 1. */
export type Features = ReadonlyMap<string, number>;

let unit: Model | undefined;

/** Counts the cue families found in a text (capped at 3 per family). */
export function features(text: string, lang: Lang): Features {
  if (unit === undefined) {
    const w: Record<string, number> = {};
    for (const f of families()) w[f] = 1;
    unit = { weights: w, priors: Object.fromEntries(LANGS.map((l) => [l, 0])) };
  }
  const an = analyseWith(text, lang, unit);
  const m = new Map<string, number>();
  for (const c of an.cues) {
    const key =
      c.context === Context.Family
        ? c.family
        : c.context === Context.Description
          ? `${c.family}/desc`
          : c.context === Context.Condition
            ? "b/cond"
            : "s/feared";
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
  const bias = new Map<Lang, number>(LANGS.map((l) => [l, 0]));
  const lr = 0.5 / items.length;
  for (let it = 0; it < iters; it++) {
    const gw = new Map(fams.map((f) => [f, 0]));
    const gb = new Map<Lang, number>(LANGS.map((l) => [l, 0]));
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as Item;
      const f = feats[i] as Features;
      let z = bias.get(item.lang) ?? 0;
      for (const [fam, c] of f) z += (dir.get(fam) ?? 0) * (w.get(fam) ?? 0) * c;
      const y = item.kind === "standpunt" ? 1 : 0;
      const err = 1 / (1 + Math.exp(-z)) - y;
      gb.set(item.lang, (gb.get(item.lang) ?? 0) + err);
      for (const [fam, c] of f) gw.set(fam, (gw.get(fam) ?? 0) + err * (dir.get(fam) ?? 0) * c);
    }
    for (const l of LANGS) bias.set(l, (bias.get(l) ?? 0) - lr * 20 * (gb.get(l) ?? 0));
    for (const fam of fams) {
      const g = (gw.get(fam) ?? 0) + l2 * ((w.get(fam) ?? 0) - prior(fam));
      w.set(fam, Math.max(0, (w.get(fam) ?? 0) - lr * 20 * g));
    }
  }
  const weights: Record<string, number> = {};
  for (const f of fams) weights[f] = Math.round((w.get(f) ?? 0) * 100) / 100;
  const priors = Object.fromEntries(
    LANGS.map((l) => [l, Math.round((bias.get(l) ?? 0) * 100) / 100]),
  );
  return { weights, priors };
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
        lang: (LANGS as readonly string[]).includes(String(o.lang)) ? (o.lang as Lang) : LANGS[0],
        kind: o.kind,
        writer:
          typeof (o as { writer?: unknown }).writer === "string"
            ? String((o as { writer: string }).writer)
            : "dev",
      });
    }
  }
  return out;
}

/** The agreed statements of the development writers (never the sealed ones). */
export function writerFiles(): string[] {
  const dir = "data/statements/agreed";
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".jsonl"))
        .sort()
        .map((f) => `${dir}/${f}`)
    : [];
}

/**
 * The confidence scale: `confidence = sigmoid(scale × |score|)`, chosen on statements the
 * model was not fitted on so that confidence means what it says: the scale that minimises the
 * log loss of their kind.
 */
export function fitConfidenceScale(model: Model, items: readonly Item[]): number {
  const held = items.map((it) => {
    const an = analyseWith(it.text, it.lang, model);
    return { score: an.score, y: it.kind === "standpunt" ? 1 : 0 };
  });
  let best = 1;
  let bestLoss = Number.POSITIVE_INFINITY;
  for (let k = 5; k <= 200; k++) {
    const a = k / 100;
    let loss = 0;
    for (const { score, y } of held) {
      const p = Math.min(1 - 1e-9, Math.max(1e-9, 1 / (1 + Math.exp(-a * score))));
      loss -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
    }
    if (loss < bestLoss) {
      bestLoss = loss;
      best = a;
    }
  }
  return best;
}

/**
 * `--calibrate`: keeps the shipped weights and priors and fits only the confidence scale on the
 * development writers, rewriting that one constant.
 */
function calibrate(): void {
  const weights = readFileSync("src/statements/classifier/weights.ts", "utf8");
  const shipped: Model = {
    weights: FAMILY_WEIGHTS,
    priors: Object.fromEntries(LANGS.map((l) => [l, STATEMENTS[l].prior])),
  };
  const calibration = writerFiles().flatMap(readItems);
  const scale = fitConfidenceScale(shipped, calibration);
  writeFileSync(
    "src/statements/classifier/weights.ts",
    weights
      .replace(
        /export const FAMILY_CONFIDENCE_SCALE = [\d.]+;/,
        `export const FAMILY_CONFIDENCE_SCALE = ${scale};`,
      )
      .replace(
        /accuracy on the \d+ statements/,
        `accuracy on the ${calibration.length} statements`,
      ),
  );
  console.log(
    `confidence scale ${scale} (${calibration.length} statements of the development writers)`,
  );
}

function main(): void {
  if (process.argv[2] === "--calibrate") {
    calibrate();
    return;
  }
  const paths = process.argv.length > 2 ? process.argv.slice(2) : ["data/statements-dev.jsonl"];
  const items = paths.flatMap(readItems);
  const feats = items.map((it) => features(it.text, it.lang));
  const model = fitModel(items, feats);
  // Calibrated on the development writers, whose statements the weights never saw.
  const fitted = new Set(items.map((it) => it.id));
  const calibration = writerFiles()
    .flatMap(readItems)
    .filter((it) => !fitted.has(it.id));
  const scale = calibration.length > 0 ? fitConfidenceScale(model, calibration) : 1;
  const entries = Object.entries(model.weights)
    .map(([k, v]) => `  "${k}": ${v},`)
    .join("\n");
  // Only the family weights and their confidence scale: the fitted models' scale stays.
  const file = "src/statements/classifier/weights.ts";
  writeFileSync(
    file,
    readFileSync(file, "utf8")
      .replace(
        /export const FAMILY_WEIGHTS: Readonly<Record<string, number>> = \{[^}]*\};/,
        `export const FAMILY_WEIGHTS: Readonly<Record<string, number>> = {\n${entries}\n};`,
      )
      .replace(
        /export const FAMILY_CONFIDENCE_SCALE = [\d.]+;/,
        `export const FAMILY_CONFIDENCE_SCALE = ${scale};`,
      ),
  );
  for (const l of LANGS) {
    const file = `src/lang/${l}/statements.ts`;
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace(/prior: -?[\d.]+,/, `prior: ${model.priors[l]},`));
  }
  console.log(`fitted ${Object.keys(model.weights).length} families on ${items.length} statements`);
  for (const [k, v] of Object.entries(model.weights)) console.log(`${k.padEnd(14)} ${v}`);
  console.log(
    `priors ${LANGS.map((l) => `${l} ${model.priors[l]}`).join(", ")}; confidence scale ${scale} (${calibration.length} statements)`,
  );
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
