// Evaluates the statement classifier (kind), and the lens and level suggestions, on labelled data.
//
//   npm run eval [-- [--mode kind|lens|level|all|summary] [--errors] [file.jsonl ...]]
//   npm run eval -- --mode writers [--sealed]   (the writers: see scripts/eval-writers.ts)
//   npm run eval -- --mode writers <folder>     (the agreed statements in a folder, such as
//                                               data/sealed/round16/agreed)
//
// With no file: data/statements-dev.jsonl and data/statements-dev-mixed.jsonl. Without --mode:
// the summary, which is what the README quotes (npm run figures copies it there): the kind
// figures, top-1 lens and level accuracy, and segmentation. Several modes may be joined by
// commas (`--mode lens,level`); all is kind, lens and level. A file of mixed statements (rows
// with `standpuntPart` and `belangPart`) is scored for segmentation, in kind mode; every other
// file for what its mode asks:
//
// - kind: language detection; kind accuracy per language with the shipped weights (language
//   given, then detected); the confusion matrix; single-kind statements split in two anyway; and
//   kind accuracy held out by 5-fold stratified cross-validation (the weights refitted on 4 folds
//   and scored on the fifth; seed 20260401).
// - lens, level: top-1 lens and level accuracy per language (language given; items whose label
//   is null are left out), then per language and kind, with the language detected: as shipped
//   ("train": the lexicons were tuned by hand while reading the dev set, so this is optimistic)
//   and held out (seeded 5-fold: for each fold, every cue that fires *only* on statements of
//   that fold is switched off, as if they had never been read; seed 20261127), with confusion
//   matrices (rows: labels, columns: predictions, "-" = none; a lens counts as predicted only
//   when its score is above 0); the summary stops before this detail. On the dev set, also the lens and level fixtures of test/fixtures:
//   statements written for other domains (lens-level-ood.jsonl, errors inspected once), harder
//   idiomatic statements used for tuning (lens-level-dev2/3/4.jsonl: 42.5%, 62.5% and 67.5% lens
//   top-1, 95%, 100% and 80% level, measured before tuning on them), a held-out set written
//   before later tuning rounds and never tuned on (lens-level-holdout.jsonl), the fresh set of
//   the generalisation round (lens-level-fresh.jsonl: 70 statements, scored before tuning, then
//   tuned on), three probe rounds of that round (lens-level-fresh-probes.jsonl, each scored
//   before tuning, then tuned on) and its second fresh set (lens-level-fresh2.jsonl), written and
//   scored once after the code was frozen.
//
// --errors (or EVAL_ERRORS=1) also lists the misclassified statements and the missed splits,
// except for a sealed set (a file or folder whose name holds "sealed"): of those only aggregate
// figures are ever printed. Everything is deterministic. The functions that compute the figures
// return them as data (scripts/readme-figures.ts writes the README's table from them).

import { existsSync, readFileSync } from "node:fs";
import { basename, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { mulberry32 } from "../bench/generate";
import { tokenize } from "../src/internal/tokenize";
import { isLang, LANGS, type Lang } from "../src/lang";
import { BRILLEN, type Bril } from "../src/model/bril";
import { NIVEAUS, type Niveau } from "../src/model/niveau";
import { classifyStatement, type StatementKind } from "../src/statements/classify";
import type { DetectOptions } from "../src/statements/detect";
import { detectBrillen, lensLexiconCues } from "../src/statements/detect-bril";
import { detectNiveau, niveauCues } from "../src/statements/detect-niveau";
import { detectLanguage } from "../src/statements/language";
import { extendLexicon } from "../src/statements/lexicon";
import {
  isMixedRow,
  printCoverage,
  printLanguage,
  printWriters,
  readWriters,
  sameParts,
} from "./eval-writers";
import type { Item } from "./fit";

const DEV_WRITERS = "data/statements/agreed";
/** The sealed round not scored yet: `--sealed` scores it (once). */
const SEALED_WRITERS = "data/sealed/round70/agreed";

// ---------------------------------------------------------------------------------------------
// Data

/** Where printed lines go. */
export type Out = (line: string) => void;

/** A row of a labelled file, as read. */
export type Row = Readonly<Record<string, unknown>>;

/** How many of how many were right. */
export interface Count {
  readonly ok: number;
  readonly n: number;
}

/** Counts per language present in the data (in the order of `LANGS`), then `all`. */
export type ByLang = ReadonlyMap<Lang | "all", Count>;

export const DEV = "data/statements-dev.jsonl";
export const DEV_MIXED = "data/statements-dev-mixed.jsonl";

export function readJsonl(path: string): Row[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Row);
}

/** Whether a file holds mixed statements (a position with its reason, both parts marked). */
export function isMixed(rows: readonly Row[]): boolean {
  return rows.some(isMixedRow);
}

/** Whether a path is a sealed set: its texts are never printed. */
export function isSealed(path: string): boolean {
  return resolve(path)
    .split(/[\\/]/)
    .some((part) => part.includes("sealed"));
}

const langOf = (value: unknown): Lang => (isLang(value) ? value : LANGS[0]);

function kindItems(rows: readonly Row[]): Item[] {
  return rows
    .filter((r) => (r.kind === "standpunt" || r.kind === "belang") && typeof r.text === "string")
    .map((r) => ({
      id: String(r.id),
      text: String(r.text),
      lang: langOf(r.lang),
      kind: r.kind as Item["kind"],
      writer: typeof r.writer === "string" ? r.writer : "dev",
    }));
}

/** Counts per language of the items for which `right` holds (`null`: the item is not scored). */
function byLang<T extends { readonly lang: Lang }>(
  items: readonly T[],
  right: (item: T, index: number) => boolean | null,
): ByLang {
  const counts = new Map<Lang | "all", { ok: number; n: number }>();
  for (const lang of LANGS)
    if (items.some((it) => it.lang === lang)) counts.set(lang, { ok: 0, n: 0 });
  counts.set("all", { ok: 0, n: 0 });
  items.forEach((it, i) => {
    const r = right(it, i);
    if (r === null) return;
    for (const key of [it.lang, "all"] as const) {
      const c = counts.get(key) as { ok: number; n: number };
      c.n++;
      if (r) c.ok++;
    }
  });
  return counts;
}

/** `95.3%`: a share with one decimal, as the README quotes it. */
export const percent = (c: Count): string =>
  c.n === 0 ? "n/a" : `${((100 * c.ok) / c.n).toFixed(1)}%`;

/** `95.3% (305/320)`. */
export const pct = (c: Count): string => (c.n === 0 ? "n/a" : `${percent(c)} (${c.ok}/${c.n})`);

// ---------------------------------------------------------------------------------------------
// Kind

/** A statement whose kind the shipped weights get wrong. */
export interface KindError {
  readonly id: string;
  readonly kind: string;
  readonly score: number;
  readonly text: string;
  readonly cues: readonly string[];
}

/** Kind figures of one file of single-kind statements. */
export interface KindEvaluation {
  readonly path: string;
  readonly rows: number;
  readonly items: number;
  readonly language: Count;
  /** Shipped weights, language given. */
  readonly shipped: ByLang;
  /** Shipped weights, language detected. */
  readonly detected: ByLang;
  /** Label → prediction → count, shipped weights. */
  readonly confusion: ReadonlyMap<Item["kind"], ReadonlyMap<StatementKind, number>>;
  readonly spurious: Count;
  readonly errors: readonly KindError[];
}

/** Scores the kind of every labelled statement of a file; `undefined` if none has a kind. */
export function evaluateKind(path: string, rows: readonly Row[]): KindEvaluation | undefined {
  const items = kindItems(rows);
  if (items.length === 0) return undefined;
  const classified = items.map((it) => classifyStatement(it.text, { lang: it.lang }));
  const shipped = classified.map((c) => c.kind);
  const auto = items.map((it) => classifyStatement(it.text).kind);
  const confusion = new Map<Item["kind"], Map<StatementKind, number>>();
  for (const gold of ["standpunt", "belang"] as const) {
    const row = new Map<StatementKind, number>();
    for (const k of ["standpunt", "belang", "onbepaald"] as const)
      row.set(k, items.filter((it, i) => it.kind === gold && shipped[i] === k).length);
    confusion.set(gold, row);
  }
  return {
    path,
    rows: rows.length,
    items: items.length,
    language: {
      ok: items.filter((it) => detectLanguage(it.text) === it.lang).length,
      n: items.length,
    },
    shipped: byLang(items, (it, i) => shipped[i] === it.kind),
    detected: byLang(items, (it, i) => auto[i] === it.kind),
    confusion,
    spurious: { ok: classified.filter((c) => c.segments.length > 1).length, n: items.length },
    errors: items.flatMap((it, i) => {
      const c = classified[i];
      if (c === undefined || shipped[i] === it.kind) return [];
      const cues = c.cues.map((q) => `${q.family}:${q.text}`);
      return [{ id: it.id, kind: it.kind, score: c.score, text: it.text, cues }];
    }),
  };
}

function printByLang(out: Out, title: string, counts: ByLang): void {
  out(`\n${title}`);
  for (const [lang, c] of counts) out(`  ${lang}: ${pct(c)}`);
}

export function printKind(out: Out, e: KindEvaluation, showErrors: boolean): void {
  out(`file: ${e.path} (${e.rows} rows, ${e.items} with a kind label)`);
  out(`language detection: ${pct(e.language)}`);
  printByLang(
    out,
    isDev(e.path)
      ? "kind accuracy, shipped weights (fitted on this file: training figure)"
      : `kind accuracy, shipped weights (fitted on ${DEV}, not on this file)`,
    e.shipped,
  );
  printByLang(out, "kind accuracy, shipped weights, language detected", e.detected);
  out("\nconfusion matrix (rows: label, columns: predicted), shipped weights");
  out("               standpunt   belang  onbepaald");
  for (const [gold, row] of e.confusion) {
    const cnt = (k: StatementKind): string => String(row.get(k) ?? 0);
    out(
      `  ${gold.padEnd(10)} ${cnt("standpunt").padStart(10)} ${cnt("belang").padStart(8)} ${cnt("onbepaald").padStart(10)}`,
    );
  }
  out(`single-kind statements split in two anyway: ${pct(e.spurious)}`);
  if (showErrors) {
    out("\nerrors (shipped weights):");
    for (const x of e.errors)
      out(`  ${x.id} ${x.kind} ${x.score} ${x.text}\n     ${x.cues.join(", ")}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Segmentation of mixed statements

// Both parts found exactly: `sameParts` (in eval-writers.ts, which the writers' figures share).

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

/** Segmentation figures of one file of mixed statements. */
export interface SegmentationEvaluation {
  readonly path: string;
  /** Both parts found exactly (after trimming connectives, joining punctuation and case). */
  readonly both: Count;
  readonly split: Count;
  /** Mean token-overlap F1 of the two parts (0 for a missing part). */
  readonly f1: number;
  readonly standpunt: Count;
  /** The segments of the statements whose parts were not both found. */
  readonly misses: readonly string[];
}

/** Scores how mixed statements are split; `undefined` if no row has both parts marked. */
export function evaluateSegmentation(
  path: string,
  rows: readonly Row[],
): SegmentationEvaluation | undefined {
  const mixed = rows.filter(isMixedRow);
  if (mixed.length === 0) return undefined;
  let both = 0;
  let split = 0;
  let kindOk = 0;
  let f1Sum = 0;
  const misses: string[] = [];
  for (const r of mixed) {
    const c = classifyStatement(String(r.text), { lang: langOf(r.lang) });
    if (c.kind === "standpunt") kindOk++;
    const s = c.segments.find((g) => g.kind === "standpunt");
    const b = c.segments.find((g) => g.kind === "belang");
    if (c.segments.length === 2) split++;
    const gs = String(r.standpuntPart);
    const gb = String(r.belangPart);
    const exact = s !== undefined && b !== undefined && sameParts(s.text, b.text, r);
    if (exact) both++;
    else
      misses.push(
        `  ${String(r.id)}: ${c.segments.map((g) => `[${g.kind[0]}] ${g.text}`).join(" | ")}`,
      );
    f1Sum += (tokenF1(s?.text ?? "", gs) + tokenF1(b?.text ?? "", gb)) / 2;
  }
  const n = mixed.length;
  return {
    path,
    both: { ok: both, n },
    split: { ok: split, n },
    f1: f1Sum / n,
    standpunt: { ok: kindOk, n },
    misses,
  };
}

export function printSegmentation(out: Out, e: SegmentationEvaluation, showErrors: boolean): void {
  out(`\nsegmentation on ${e.path} (${e.both.n} mixed statements; not used for fitting)`);
  out(
    `  both parts found (exact after trimming connectives, joining punctuation, case): ${pct(e.both)}`,
  );
  out(`  split into two parts at all: ${pct(e.split)}`);
  out(`  mean token-overlap F1 of the two parts (0 for a missing part): ${e.f1.toFixed(3)}`);
  out(`  statement kind standpunt: ${pct(e.standpunt)}`);
  if (showErrors && e.misses.length > 0) out(`  not found:\n${e.misses.join("\n")}`);
}

// ---------------------------------------------------------------------------------------------
// Lens and level

/** A statement with its lens and level labels. */
interface LabelledItem {
  readonly id: string;
  readonly text: string;
  readonly kind: string;
  readonly lang: Lang;
  readonly bril: Bril | null;
  readonly niveau: Niveau | null;
}

interface Prediction {
  readonly bril: Bril | null;
  readonly niveau: Niveau | null;
}

/** Which of lens and level to score. */
export type Facet = "lens" | "level";

function labelledItems(rows: readonly Row[]): LabelledItem[] {
  return rows.map((r) => ({
    id: String(r.id),
    text: String(r.text),
    kind: String(r.kind),
    lang: langOf(r.lang),
    bril: typeof r.bril === "string" ? (r.bril as Bril) : null,
    niveau: typeof r.niveau === "string" ? (r.niveau as Niveau) : null,
  }));
}

/** Top-1 lens and level accuracy with the language given; absent where no item is labelled. */
export interface LensLevelSummary {
  readonly lens?: ByLang;
  readonly level?: ByLang;
}

/** Top-1 accuracy of `detectBrillen` and `detectNiveau`, language given, null labels left out. */
export function evaluateLensLevel(rows: readonly Row[]): LensLevelSummary {
  const items = labelledItems(rows);
  const withBril = items.filter((it) => it.bril !== null);
  const withNiv = items.filter((it) => it.niveau !== null);
  return {
    ...(withBril.length > 0 && {
      lens: byLang(
        withBril,
        (it) => detectBrillen(it.text, { lang: it.lang }).ranked[0]?.bril === it.bril,
      ),
    }),
    ...(withNiv.length > 0 && {
      level: byLang(withNiv, (it) => detectNiveau(it.text, { lang: it.lang }).niveau === it.niveau),
    }),
  };
}

function printLensLevelSummary(out: Out, s: LensLevelSummary, facets: readonly Facet[]): void {
  const what = facets.length === 2 ? "lens and level" : (facets[0] as Facet);
  out(`\n${what} (scored only on items whose label is not null)`);
  if (facets.includes("lens")) {
    if (s.lens === undefined) out("  lens: no lens labels in this file, skipped");
    else for (const [lang, c] of s.lens) out(`  lens top-1 ${lang}: ${pct(c)}`);
  }
  if (facets.includes("level")) {
    if (s.level === undefined) out("  level: no level labels in this file, skipped");
    else for (const [lang, c] of s.level) out(`  level ${lang}: ${pct(c)}`);
  }
}

function predict(it: LabelledItem, options: DetectOptions = {}): Prediction {
  const b = detectBrillen(it.text, options).ranked[0];
  return {
    bril: b !== undefined && b.score > 0 ? b.bril : null,
    niveau: detectNiveau(it.text, options).niveau,
  };
}

const LENS_SEED = 20261127;

/** Held-out predictions: k folds, each scored without the cues that fire only on that fold. */
function heldOut(items: readonly LabelledItem[], k: number, seed: number): Map<string, Prediction> {
  const order = items.map((_, i) => i);
  const rand = mulberry32(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const fold = new Map<string, number>();
  order.forEach((idx, pos) => {
    const it = items[idx];
    if (it !== undefined) fold.set(it.id, pos % k);
  });
  // For every cue: the folds of the statements it fires on.
  const seen = new Map<string, Set<number>>();
  const note = (key: string, f: number): void => {
    const set = seen.get(key) ?? new Set<number>();
    set.add(f);
    seen.set(key, set);
  };
  for (const it of items) {
    const f = fold.get(it.id) ?? 0;
    for (const h of lensLexiconCues(it.text, { lang: it.lang }).hits)
      note(`${it.lang}|b|${h.label}|${h.cue}`, f);
    for (const h of niveauCues(it.text, { lang: it.lang }))
      note(`${it.lang}|n|${h.label}|${h.cue}`, f);
  }
  const preds = new Map<string, Prediction>();
  for (let f = 0; f < k; f++) {
    // Switch off the cues seen only in this fold: the other folds never saw them.
    const remove = new Map<string, { lenses: string[]; levels: string[] }>();
    for (const [key, folds] of seen) {
      if (folds.size !== 1 || !folds.has(f)) continue;
      const [lang, what, label, cue] = key.split("|") as [Lang, string, string, string];
      const forLang = remove.get(lang) ?? { lenses: [], levels: [] };
      remove.set(lang, forLang);
      (what === "b" ? forLang.lenses : forLang.levels).push(`${label}:${cue.replace(/ /g, "_")}`);
    }
    const lexicon = extendLexicon(
      Object.fromEntries(
        [...remove].map(([lang, r]) => [
          lang,
          { lenses: { remove: r.lenses }, levels: { remove: r.levels } },
        ]),
      ),
    );
    for (const it of items) if (fold.get(it.id) === f) preds.set(it.id, predict(it, { lexicon }));
  }
  return preds;
}

const pctCell = (a: number, n: number): string =>
  n === 0 ? "   n/a" : `${((100 * a) / n).toFixed(1)}%`.padStart(6);

function groupsOf(items: readonly LabelledItem[]): Map<string, LabelledItem[]> {
  const groups = new Map<string, LabelledItem[]>();
  for (const it of items) {
    for (const g of [`${it.lang} ${it.kind}`, `${it.lang} all`, "all"]) {
      const list = groups.get(g) ?? [];
      list.push(it);
      groups.set(g, list);
    }
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}

function scoreCells(
  list: readonly LabelledItem[],
  preds: ReadonlyMap<string, Prediction>,
  facets: readonly Facet[],
): string {
  let bn = 0;
  let bok = 0;
  let nn = 0;
  let nok = 0;
  for (const it of list) {
    const p = preds.get(it.id);
    if (p === undefined) continue;
    if (it.bril !== null) {
      bn++;
      if (p.bril === it.bril) bok++;
    }
    if (it.niveau !== null) {
      nn++;
      if (p.niveau === it.niveau) nok++;
    }
  }
  return (
    (facets.includes("lens") ? `${pctCell(bok, bn)} (${bok}/${bn})`.padEnd(18) : "") +
    (facets.includes("level") ? `${pctCell(nok, nn)} (${nok}/${nn})`.padEnd(18) : "")
  );
}

function printTable(
  out: Out,
  title: string,
  items: readonly LabelledItem[],
  columns: ReadonlyArray<readonly [string, ReadonlyMap<string, Prediction>]>,
  facets: readonly Facet[],
): void {
  out(`\n== ${title}`);
  const head = (name: string): string => {
    const cells = facets.map((f, i) => (i === 0 ? `${name}: ${f}` : f));
    return cells.map((c) => c.padEnd(18)).join("");
  };
  out("".padEnd(15) + columns.map(([name]) => head(name)).join(""));
  for (const [g, list] of groupsOf(items)) {
    out(g.padEnd(15) + columns.map(([, preds]) => scoreCells(list, preds, facets)).join(""));
  }
}

function printConfusion<K extends string>(
  out: Out,
  title: string,
  items: readonly LabelledItem[],
  labels: readonly K[],
  get: (it: LabelledItem) => K | null,
  pred: (p: Prediction) => K | null,
  preds: ReadonlyMap<string, Prediction>,
): void {
  const cols = [...labels, "-"];
  out(`\n${title} (rows: label, columns: prediction)`);
  out(`${"".padEnd(12)}${cols.map((c) => c.slice(0, 10).padStart(11)).join("")}`);
  for (const l of labels) {
    const row = cols.map((c) => {
      let n = 0;
      for (const it of items) {
        const p = preds.get(it.id);
        if (p !== undefined && get(it) === l && (pred(p) ?? "-") === c) n++;
      }
      return String(n).padStart(11);
    });
    out(`${l.padEnd(12)}${row.join("")}`);
  }
}

/** The lens and level fixtures scored with the dev set, with what each one is. */
export const LENS_LEVEL_FIXTURES: ReadonlyArray<readonly [string, string]> = [
  ["test/fixtures/lens-level-ood.jsonl", "other domains, errors inspected once"],
  ["test/fixtures/lens-level-dev2.jsonl", "harder statements without obvious cues, tuned on"],
  ["test/fixtures/lens-level-dev3.jsonl", "more statements from new domains, tuned on"],
  ["test/fixtures/lens-level-dev4.jsonl", "idioms and English belangen, tuned on"],
  ["test/fixtures/lens-level-holdout.jsonl", "held-out set, never tuned on"],
  ["test/fixtures/lens-level-fresh.jsonl", "fresh set, new domains, tuned on"],
  ["test/fixtures/lens-level-fresh-probes.jsonl", "three probe rounds, tuned on"],
  ["test/fixtures/lens-level-fresh2.jsonl", "second fresh set, scored once, never tuned on"],
];

/** Lens and level in detail, language detected: as shipped and held out, per language and kind. */
function printLensLevelDetail(
  out: Out,
  path: string,
  rows: readonly Row[],
  facets: readonly Facet[],
  showErrors: boolean,
): void {
  const items = labelledItems(rows);
  const train = new Map(items.map((it) => [it.id, predict(it)] as const));
  const held = heldOut(items, 5, LENS_SEED);
  printTable(
    out,
    `${path} (language detected)`,
    items,
    [
      ["train", train],
      ["held-out", held],
    ],
    facets,
  );
  const lens = (it: LabelledItem): Bril | null => it.bril;
  const lensOf = (p: Prediction): Bril | null => p.bril;
  const level = (it: LabelledItem): Niveau | null => it.niveau;
  const levelOf = (p: Prediction): Niveau | null => p.niveau;
  if (facets.includes("lens")) {
    printConfusion(out, "lens, train", items, BRILLEN, lens, lensOf, train);
    printConfusion(out, "lens, held-out", items, BRILLEN, lens, lensOf, held);
  }
  if (facets.includes("level")) {
    printConfusion(out, "level, train", items, NIVEAUS, level, levelOf, train);
    printConfusion(out, "level, held-out", items, NIVEAUS, level, levelOf, held);
  }
  if (isDev(path)) {
    for (const [file, what] of LENS_LEVEL_FIXTURES) {
      const extra = labelledItems(readJsonl(file));
      const shipped = new Map(extra.map((it) => [it.id, predict(it)] as const));
      printTable(out, `${file} (${what})`, extra, [["as shipped", shipped]], facets);
    }
  }
  if (showErrors) {
    out("\nerrors, train (id  label -> prediction  text)");
    for (const it of items) {
      const p = train.get(it.id);
      if (p === undefined) continue;
      if (facets.includes("lens") && it.bril !== null && p.bril !== it.bril)
        out(`B ${it.id} ${it.bril} -> ${p.bril}  ${it.text}`);
      if (facets.includes("level") && it.niveau !== null && p.niveau !== it.niveau)
        out(`N ${it.id} ${it.niveau} -> ${p.niveau}  ${it.text}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Command line

export type Mode = "kind" | Facet;
const MODES: readonly Mode[] = ["kind", "lens", "level"];

function isDev(path: string): boolean {
  return relative(process.cwd(), resolve(path)) === DEV;
}

/** Reads `--mode a,b` (or `--mode=a,b`), `--errors` and the files from the command line. */
export function parseArgs(args: readonly string[]): {
  modes: Mode[];
  /**
   * `--mode writers`: the writers' statements (`--sealed`: the sealed ones; a folder given
   * instead of files: the agreed statements in it, sealed when its path says so).
   */
  writers: boolean;
  sealed: boolean;
  /** With `--mode writers`: the folder given, if any. */
  folder: string | undefined;
  /** Whether lens and level are shown in detail (any `--mode` but `summary`). */
  detail: boolean;
  files: string[];
  errors: boolean;
} {
  let modes: Mode[] = [...MODES];
  let writers = false;
  let sealed = false;
  let detail = false;
  let errors = Boolean(process.env.EVAL_ERRORS);
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "--errors") errors = true;
    else if (a === "--sealed") sealed = true;
    else if (a === "--mode" || a.startsWith("--mode=")) {
      const value = a === "--mode" ? args[++i] : a.slice("--mode=".length);
      if (value === "writers") {
        writers = true;
        continue;
      }
      const asked = (value ?? "").split(",").filter((m) => m !== "");
      const known = [...MODES, "all", "summary"];
      if (asked.length === 0 || asked.some((m) => !known.includes(m))) {
        throw new Error(
          `--mode: expected kind, lens, level, all, summary (comma-separated) or writers, got "${value ?? ""}"`,
        );
      }
      const every = asked.includes("all") || asked.includes("summary");
      modes = every ? [...MODES] : MODES.filter((m) => asked.includes(m));
      detail = !(asked.length === 1 && asked[0] === "summary");
    } else if (a.startsWith("--")) throw new Error(`unknown option ${a}`);
    else files.push(a);
  }
  return {
    modes,
    writers,
    sealed,
    folder: writers ? files[0] : undefined,
    detail,
    files: files.length > 0 ? files : [DEV, DEV_MIXED],
    errors,
  };
}

/** Runs the evaluation as the command line asks, writing each line to `out`. */
export function run(args: readonly string[], out: Out = console.log): void {
  const { modes, writers, sealed: sealedFlag, folder, detail, files, errors } = parseArgs(args);
  if (writers) {
    const sealed = folder === undefined ? sealedFlag : isSealed(folder);
    const rows = readWriters(folder ?? (sealed ? SEALED_WRITERS : DEV_WRITERS));
    printWriters(
      out,
      sealed
        ? "sealed writers (never read, never fitted on: scored once)"
        : "development writers (the model is fitted on them: training figures; npm run fit prints them cross-validated)",
      rows,
      !sealed,
    );
    printCoverage(out, rows);
    printLanguage(out, rows);
    return;
  }
  const facets = (["lens", "level"] as const).filter((f) => modes.includes(f));
  files.forEach((path, index) => {
    if (!existsSync(path)) {
      out(`\n${path} not found, skipped`);
      return;
    }
    const showErrors = errors && !isSealed(path);
    if (errors && isSealed(path))
      out(`\n${basename(path)} is sealed: only aggregate figures, no texts`);
    const rows = readJsonl(path);
    if (isMixed(rows)) {
      if (!modes.includes("kind")) return;
      const seg = evaluateSegmentation(path, rows);
      if (seg) printSegmentation(out, seg, showErrors);
      else out(`\nsegmentation: no labelled parts in ${path}, skipped`);
      return;
    }
    if (index > 0) out("");
    if (modes.includes("kind")) {
      const kind = evaluateKind(path, rows);
      if (kind) printKind(out, kind, showErrors);
      else out(`file: ${path}: no kind labels, kind accuracy skipped`);
    }
    if (facets.length > 0) {
      printLensLevelSummary(out, evaluateLensLevel(rows), facets);
      if (detail) printLensLevelDetail(out, path, rows, facets, showErrors);
    }
  });
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    run(process.argv.slice(2));
  } catch (e) {
    console.error(`eval: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
