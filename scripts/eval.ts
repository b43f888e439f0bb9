// Evaluates the statement classifier (and the lens and level suggestions) on labelled data.
//
//   npm run eval [-- <statements.jsonl> [<mixed.jsonl>]]
//   EVAL_ERRORS=1 npm run eval ...   (also lists the misclassified statements and missed splits)
//
// Defaults: data/statements-dev.jsonl and data/statements-dev-mixed.jsonl. Prints kind accuracy
// per language (with the shipped weights, and held out by 5-fold cross-validation: the weights
// are refitted on 4 folds and scored on the fifth), the confusion matrix, lens top-1 and level
// accuracy, and how well mixed statements are split. Deterministic (seeded folds).

import { existsSync, readFileSync } from "node:fs";
import { mulberry32 } from "../bench/generate";
import { normalize, tokenize } from "../src/internal/tokenize";
import type { Lang } from "../src/lang";
import type { Model } from "../src/statements/classifier/fitting";
import { classifyStatement } from "../src/statements/classify";
import { detectLanguage } from "../src/statements/language";
import { analyseWith, type Features, features, fitModel, type Item, kindOf } from "./fit";

type Row = Record<string, unknown>;

function readJsonl(path: string): Row[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Row);
}

const pct = (a: number, b: number): string =>
  b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}% (${a}/${b})`;

function folds(items: readonly Item[], k: number, seed: number): number[] {
  // Stratified by language and kind: shuffle each stratum, deal round-robin.
  const rand = mulberry32(seed);
  const fold = new Array<number>(items.length).fill(0);
  const strata = new Map<string, number[]>();
  items.forEach((it, i) => {
    const key = `${it.lang}/${it.kind}`;
    strata.set(key, [...(strata.get(key) ?? []), i]);
  });
  for (const key of [...strata.keys()].sort()) {
    const idx = strata.get(key) as number[];
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [idx[i], idx[j]] = [idx[j] as number, idx[i] as number];
    }
    idx.forEach((itemIndex, n) => {
      fold[itemIndex] = n % k;
    });
  }
  return fold;
}

function report(title: string, items: readonly Item[], pred: readonly string[]): void {
  console.log(`\n${title}`);
  for (const lang of ["nl", "en"] as const) {
    const idx = items.map((_, i) => i).filter((i) => (items[i] as Item).lang === lang);
    const ok = idx.filter((i) => pred[i] === (items[i] as Item).kind).length;
    console.log(`  ${lang}: ${pct(ok, idx.length)}`);
  }
  const ok = items.filter((it, i) => pred[i] === it.kind).length;
  console.log(`  all: ${pct(ok, items.length)}`);
}

// Connectives that belong to neither part of a mixed statement (README of the data).
const CONNECTIVES = new Set(
  "want omdat zodat dus anders dan om because since so that to otherwise then as".split(" "),
);

/** Normalises a part for exact comparison: trims white space, joining punctuation (a final
 * question mark stays) and leading connectives; folds case and accents; collapses spaces. */
function trimPart(s: string): string {
  let t = s.trim().replace(/^[\s,;:.!–—-]+|[\s,;:.!–—-]+$/g, "");
  for (;;) {
    const m = /^(\S+)\s+/.exec(t);
    if (m === null || !CONNECTIVES.has(normalize(m[1] as string))) break;
    t = t.slice(m[0].length);
  }
  return normalize(t).replace(/\s+/g, " ");
}

function tokenF1(pred: string, gold: string): number {
  const p = tokenize(pred).map((t) => t.norm);
  const g = tokenize(gold).map((t) => t.norm);
  if (p.length === 0 || g.length === 0) return 0;
  const count = new Map<string, number>();
  for (const w of g) count.set(w, (count.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of p) {
    const c = count.get(w) ?? 0;
    if (c > 0) {
      hit++;
      count.set(w, c - 1);
    }
  }
  if (hit === 0) return 0;
  const prec = hit / p.length;
  const rec = hit / g.length;
  return (2 * prec * rec) / (prec + rec);
}

async function lensAndLevel(rows: readonly Row[]): Promise<void> {
  type BrilFn = (
    t: string,
    o: { lang: Lang },
  ) => { ranked: readonly { bril: string; score: number }[] };
  type NivFn = (t: string, o: { lang: Lang }) => { niveau: string | null };
  let detectBrillen: BrilFn | undefined;
  let detectNiveau: NivFn | undefined;
  try {
    detectBrillen = ((await import("../src/statements/detect-bril")) as { detectBrillen: BrilFn })
      .detectBrillen;
    detectNiveau = ((await import("../src/statements/detect-niveau")) as { detectNiveau: NivFn })
      .detectNiveau;
  } catch {
    console.log(
      "\nlens/level: src/statements/detect-bril.ts or src/statements/detect-niveau.ts not available, skipped",
    );
    return;
  }
  const withBril = rows.filter((r) => typeof r.bril === "string");
  const withNiv = rows.filter((r) => typeof r.niveau === "string");
  console.log("\nlens and level (scored only on items whose label is not null)");
  if (withBril.length === 0) console.log("  lens: no lens labels in this file, skipped");
  else {
    for (const lang of ["nl", "en", undefined] as const) {
      const sel = withBril.filter((r) => lang === undefined || r.lang === lang);
      const ok = sel.filter(
        (r) => detectBrillen?.(String(r.text), { lang: r.lang as Lang }).ranked[0]?.bril === r.bril,
      ).length;
      console.log(`  lens top-1 ${lang ?? "all"}: ${pct(ok, sel.length)}`);
    }
  }
  if (withNiv.length === 0) console.log("  level: no level labels in this file, skipped");
  else {
    for (const lang of ["nl", "en", undefined] as const) {
      const sel = withNiv.filter((r) => lang === undefined || r.lang === lang);
      const ok = sel.filter(
        (r) => detectNiveau?.(String(r.text), { lang: r.lang as Lang }).niveau === r.niveau,
      ).length;
      console.log(`  level ${lang ?? "all"}: ${pct(ok, sel.length)}`);
    }
  }
}

function mixed(path: string): void {
  if (!existsSync(path)) {
    console.log(`\nsegmentation: ${path} not found, skipped`);
    return;
  }
  const rows = readJsonl(path).filter(
    (r) => typeof r.standpuntPart === "string" && typeof r.belangPart === "string",
  );
  if (rows.length === 0) {
    console.log(`\nsegmentation: no labelled parts in ${path}, skipped`);
    return;
  }
  let both = 0;
  let split = 0;
  let kindOk = 0;
  let f1Sum = 0;
  const misses: string[] = [];
  for (const r of rows) {
    const text = String(r.text);
    const c = classifyStatement(text, { lang: r.lang === "en" ? "en" : "nl" });
    if (c.kind === "standpunt") kindOk++;
    const s = c.segments.find((g) => g.kind === "standpunt");
    const b = c.segments.find((g) => g.kind === "belang");
    if (c.segments.length === 2) split++;
    const gs = String(r.standpuntPart);
    const gb = String(r.belangPart);
    const exact =
      s !== undefined &&
      b !== undefined &&
      trimPart(s.text) === trimPart(gs) &&
      trimPart(b.text) === trimPart(gb);
    if (exact) both++;
    else
      misses.push(
        `  ${String(r.id)}: ${c.segments.map((g) => `[${g.kind[0]}] ${g.text}`).join(" | ")}`,
      );
    f1Sum += (tokenF1(s?.text ?? "", gs) + tokenF1(b?.text ?? "", gb)) / 2;
  }
  console.log(`\nsegmentation on ${path} (${rows.length} mixed statements; not used for fitting)`);
  console.log(
    `  both parts found (exact after trimming connectives, joining punctuation, case): ${pct(both, rows.length)}`,
  );
  console.log(`  split into two parts at all: ${pct(split, rows.length)}`);
  console.log(
    `  mean token-overlap F1 of the two parts (0 for a missing part): ${(f1Sum / rows.length).toFixed(3)}`,
  );
  console.log(`  statement kind standpunt: ${pct(kindOk, rows.length)}`);
  if (process.env.EVAL_ERRORS && misses.length > 0) {
    console.log(`  not found:\n${misses.join("\n")}`);
  }
}

async function main(): Promise<void> {
  const path = process.argv[2] ?? "data/statements-dev.jsonl";
  const mixedPath =
    process.argv[3] ?? (process.argv[2] === undefined ? "data/statements-dev-mixed.jsonl" : "");
  const rows = readJsonl(path);
  const items: Item[] = rows
    .filter((r) => (r.kind === "standpunt" || r.kind === "belang") && typeof r.text === "string")
    .map((r) => ({
      id: String(r.id),
      text: String(r.text),
      lang: r.lang === "en" ? "en" : "nl",
      kind: r.kind as Item["kind"],
      writer: typeof r.writer === "string" ? r.writer : "dev",
    }));
  console.log(`file: ${path} (${rows.length} rows, ${items.length} with a kind label)`);
  if (items.length > 0) {
    const langOk = items.filter((it) => detectLanguage(it.text) === it.lang).length;
    console.log(`language detection: ${pct(langOk, items.length)}`);
    const shipped = items.map((it) => classifyStatement(it.text, { lang: it.lang }).kind);
    const isDev = path.endsWith("statements-dev.jsonl");
    report(
      isDev
        ? "kind accuracy, shipped weights (fitted on this file: training figure)"
        : "kind accuracy, shipped weights (fitted on data/statements-dev.jsonl, not on this file)",
      items,
      shipped,
    );
    const auto = items.map((it) => classifyStatement(it.text).kind);
    report("kind accuracy, shipped weights, language detected", items, auto);
    console.log("\nconfusion matrix (rows: label, columns: predicted), shipped weights");
    console.log("               standpunt   belang  onbepaald");
    for (const gold of ["standpunt", "belang"] as const) {
      const cnt = (k: string): number =>
        items.filter((it, i) => it.kind === gold && shipped[i] === k).length;
      console.log(
        `  ${gold.padEnd(10)} ${String(cnt("standpunt")).padStart(10)} ${String(cnt("belang")).padStart(8)} ${String(cnt("onbepaald")).padStart(10)}`,
      );
    }
    const spurious = items.filter(
      (it) => classifyStatement(it.text, { lang: it.lang }).segments.length > 1,
    ).length;
    console.log(`single-kind statements split in two anyway: ${pct(spurious, items.length)}`);
    // Held out: 5-fold stratified cross-validation, weights refitted on 4 folds.
    const k = 5;
    const fold = folds(items, k, 20260401);
    const feats: Features[] = items.map((it) => features(it.text, it.lang));
    const held = new Array<string>(items.length);
    for (let f = 0; f < k; f++) {
      const train = items.map((_, i) => i).filter((i) => fold[i] !== f);
      const model: Model = fitModel(
        train.map((i) => items[i] as Item),
        train.map((i) => feats[i] as Features),
      );
      items.forEach((it, i) => {
        if (fold[i] === f) held[i] = kindOf(analyseWith(it.text, it.lang, model));
      });
    }
    report(
      `kind accuracy, held out: ${k}-fold stratified cross-validation on this file (weights refitted on ${k - 1} folds, scored on the other; seed 20260401)`,
      items,
      held,
    );
    if (process.env.EVAL_ERRORS) {
      console.log("\nerrors (shipped weights):");
      items.forEach((it, i) => {
        if (shipped[i] !== it.kind) {
          const c = classifyStatement(it.text, { lang: it.lang });
          console.log(
            `  ${it.id} ${it.kind} ${c.score} ${it.text}\n     ${c.cues.map((q) => `${q.family}:${q.text}`).join(", ")}`,
          );
        }
      });
    }
  } else console.log("no kind labels: kind accuracy skipped");
  await lensAndLevel(rows);
  // A file of mixed statements given alone is scored for segmentation.
  const ownMixed = mixedPath === "" && rows.some((r) => typeof r.standpuntPart === "string");
  if (mixedPath !== "" || ownMixed) mixed(ownMixed ? path : mixedPath);
}

await main();
