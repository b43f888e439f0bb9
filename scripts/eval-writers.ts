// The classifier on the statements of the writers (data/statements/agreed/ for the development
// writers, data/sealed/<round>/agreed/ for a sealed round): `npm run eval -- --mode writers`
// (development writers) and `--mode writers --sealed` (the sealed writers, to be run once, at
// the end; aggregate figures only, never a text).
//
// Per language, genre and writer: how many statements get a kind (coverage), how many of those
// are right, the three-way accuracy (a statement labelled onbepaald counts as right only when it
// gets onbepaald), how many of the onbepaald statements get onbepaald, and the expected
// calibration error (ECE) of the confidence over ten bins, every answer included. Lens top-1 and
// level are scored on the statements whose label is not null, the split on the mixed
// statements; then accuracy against coverage by confidence, and how often `detectLanguage`
// finds the writer's language (the figures above are given it). The fitted model is fitted on the
// development writers: their figures are training figures; `npm run fit` prints the same
// figures with each writer left out of the fit in turn, the ones to compare with the sealed
// writers.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { normalize } from "../src/internal/tokenize";
import { isLang, LANGS, type Lang } from "../src/lang";
import { classifyStatement } from "../src/statements/classify";
import { detectBrillen } from "../src/statements/detect-bril";
import { detectNiveau } from "../src/statements/detect-niveau";
import { detectLanguage } from "../src/statements/language";

/**
 * Whether a labelled statement is mixed: a position with the interest behind it, both parts
 * marked. The one definition the evaluation and the split's fit count by.
 */
export function isMixedRow(r: {
  readonly standpuntPart?: unknown;
  readonly belangPart?: unknown;
}): boolean {
  return typeof r.standpuntPart === "string" && typeof r.belangPart === "string";
}

/** A statement of a writer, as agreed by the writer and the second annotator. */
export interface WriterRow {
  readonly id: string;
  readonly writer: string;
  readonly lang: Lang;
  readonly genre: string;
  readonly text: string;
  readonly kind: "standpunt" | "belang" | "onbepaald";
  readonly bril: string | null;
  readonly niveau: string | null;
  readonly standpuntPart?: string;
  readonly belangPart?: string;
}

/** Reads the agreed statements of the writers in a folder. */
export function readWriters(dir: string): WriterRow[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .flatMap((f) =>
      readFileSync(`${dir}/${f}`, "utf8")
        .split("\n")
        .filter((l) => l.trim() !== "")
        .map((l) => JSON.parse(l) as WriterRow),
    )
    .filter((r) => isLang(r.lang));
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

/**
 * Whether a position and a reason found in a mixed statement are the parts its writer marked,
 * exactly after trimming (see `trimPart`).
 */
export function sameParts(
  standpunt: string,
  belang: string,
  r: { readonly standpuntPart?: unknown; readonly belangPart?: unknown },
): boolean {
  return (
    trimPart(standpunt) === trimPart(String(r.standpuntPart)) &&
    trimPart(belang) === trimPart(String(r.belangPart))
  );
}

export interface Tally {
  n: number;
  answered: number;
  answeredRight: number;
  threeWayRight: number;
  onbepaald: number;
  onbepaaldFound: number;
  /** Statements labelled standpunt, belang, and how many of each got their label (recall). */
  standpunt: number;
  standpuntFound: number;
  belang: number;
  belangFound: number;
  lens: number;
  lensRight: number;
  level: number;
  levelRight: number;
  mixed: number;
  mixedSplit: number;
  /** Mixed statements split into exactly the writer's two parts (see `sameParts`). */
  mixedExact: number;
  /** Statements not marked mixed, and how many of them were split anyway. */
  single: number;
  singleSplit: number;
  /** Per confidence bin: count, summed confidence, right. */
  bins: number[][];
}

const tally = (): Tally => ({
  n: 0,
  answered: 0,
  answeredRight: 0,
  threeWayRight: 0,
  onbepaald: 0,
  onbepaaldFound: 0,
  standpunt: 0,
  standpuntFound: 0,
  belang: 0,
  belangFound: 0,
  lens: 0,
  lensRight: 0,
  level: 0,
  levelRight: 0,
  mixed: 0,
  mixedSplit: 0,
  mixedExact: 0,
  single: 0,
  singleSplit: 0,
  bins: Array.from({ length: 10 }, () => [0, 0, 0]),
});

function add(t: Tally, r: WriterRow): void {
  const c = classifyStatement(r.text, { lang: r.lang });
  t.n++;
  if (c.kind === r.kind) t.threeWayRight++;
  if (r.kind === "onbepaald") {
    t.onbepaald++;
    if (c.kind === "onbepaald") t.onbepaaldFound++;
  } else if (r.kind === "standpunt") {
    t.standpunt++;
    if (c.kind === "standpunt") t.standpuntFound++;
  } else {
    t.belang++;
    if (c.kind === "belang") t.belangFound++;
  }
  if (c.kind !== "onbepaald") {
    t.answered++;
    if (c.kind === r.kind) t.answeredRight++;
  }
  // Calibration over every answer, onbepaald included: its confidence is its probability too.
  const bin = t.bins[Math.min(9, Math.floor(c.confidence * 10))] as number[];
  bin[0] = (bin[0] as number) + 1;
  bin[1] = (bin[1] as number) + c.confidence;
  bin[2] = (bin[2] as number) + (c.kind === r.kind ? 1 : 0);
  if (r.bril !== null) {
    t.lens++;
    // As everywhere in the evaluation: the top of the ranking, also when no cue fired.
    if (detectBrillen(r.text, { lang: r.lang }).ranked[0]?.bril === r.bril) t.lensRight++;
  }
  if (r.niveau !== null) {
    t.level++;
    if (detectNiveau(r.text, { lang: r.lang }).niveau === r.niveau) t.levelRight++;
  }
  if (isMixedRow(r)) {
    t.mixed++;
    if (c.segments.length === 2) {
      t.mixedSplit++;
      const position = c.segments.find((s) => s.kind === "standpunt");
      const reason = c.segments.find((s) => s.kind === "belang");
      if (position && reason && sameParts(position.text, reason.text, r)) t.mixedExact++;
    }
  } else {
    t.single++;
    if (c.segments.length === 2) t.singleSplit++;
  }
}

/** The counts of every statement of `rows` (three kinds, onbepaald found, lens, level, split). */
export function tallyOf(rows: readonly WriterRow[]): Tally {
  const t = tally();
  for (const r of rows) add(t, r);
  return t;
}

const pct = (a: number, b: number): string =>
  b === 0 ? "   n/a" : `${((100 * a) / b).toFixed(1).padStart(5)}%`;

/** Expected calibration error over the ten bins, each weighed by its share of all answers. */
function ece(t: Tally): string {
  if (t.n === 0) return "  n/a";
  let e = 0;
  for (const [n, sum, right] of t.bins as [number, number, number][]) {
    if (n > 0) e += (n / t.n) * Math.abs(sum / n - right / n);
  }
  return e.toFixed(3);
}

function line(out: (s: string) => void, name: string, t: Tally): void {
  out(
    `  ${name.padEnd(30)} ${String(t.n).padStart(5)}  ${pct(t.answered, t.n)}  ${pct(t.answeredRight, t.answered)}  ${pct(t.threeWayRight, t.n)}  ${pct(t.standpuntFound + t.belangFound, t.standpunt + t.belang)}  ${pct(t.onbepaaldFound, t.onbepaald)}  ${pct(t.standpuntFound, t.standpunt)}  ${pct(t.belangFound, t.belang)}  ${ece(t)}  ${pct(t.lensRight, t.lens)}  ${pct(t.levelRight, t.level)}  ${pct(t.mixedSplit, t.mixed)}  ${pct(t.singleSplit, t.single)}`,
  );
}

/** Prints the figures of a set of writers' statements, per language, genre and writer. */
export function printWriters(
  out: (s: string) => void,
  title: string,
  rows: readonly WriterRow[],
  byWriter: boolean,
): void {
  out(`\n${title}: ${rows.length} statements, ${new Set(rows.map((r) => r.writer)).size} writers`);
  out(
    `  ${"".padEnd(30)} ${"n".padStart(5)}  answered  right  3-way  st/be  onbep.  st.rec  be.rec  ECE    lens   level  split  f.split`,
  );
  const groups = new Map<string, Tally>();
  const get = (k: string): Tally => {
    let t = groups.get(k);
    if (t === undefined) {
      t = tally();
      groups.set(k, t);
    }
    return t;
  };
  for (const r of rows) {
    add(get("all"), r);
    add(get(`lang ${r.lang}`), r);
    add(get(`genre ${r.lang} ${r.genre}`.slice(0, 30)), r);
    if (byWriter) add(get(`writer ${r.writer}`), r);
  }
  for (const key of ["all", ...LANGS.map((l) => `lang ${l}`)]) {
    const t = groups.get(key);
    if (t) line(out, key, t);
  }
  for (const [key, t] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (key.startsWith("genre") && t.n >= 20) line(out, key, t);
  }
  for (const [key, t] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (key.startsWith("writer")) line(out, key, t);
  }
  out(
    "  (answered: share that gets a kind, the rest is onbepaald; right: of the answered; 3-way: onbepaald counts as a kind;\n   st/be: of the statements labelled standpunt or belang, the share that got that kind (an onbepaald answer is wrong);\n   onbep., st.rec, be.rec: of the statements labelled onbepaald, standpunt, belang, the share that got that kind;\n   split: of the mixed statements, the share split into two parts; f.split: of the others, the share split anyway)",
  );
  out("\nmixed statements split in two");
  for (const key of ["all", ...LANGS.map((l) => `lang ${l}`)]) {
    const t = groups.get(key);
    if (t === undefined) continue;
    out(
      `  ${key.padEnd(8)} split ${t.mixedSplit} of ${t.mixed} (${pct(t.mixedSplit, t.mixed).trim()}), both parts exactly the writer's ${t.mixedExact} (${pct(t.mixedExact, t.mixed).trim()}); others split ${t.singleSplit} of ${t.single} (${pct(t.singleSplit, t.single).trim()}); splits of a mixed statement ${pct(t.mixedSplit, t.mixedSplit + t.singleSplit).trim()}`,
    );
  }
}

/**
 * Accuracy against coverage: if statements with less evidence than a threshold were left
 * undecided, how many would get a kind, and how many of those would be right.
 */
export function printCoverage(out: (s: string) => void, rows: readonly WriterRow[]): void {
  const judged = rows.map((r) => {
    const c = classifyStatement(r.text, { lang: r.lang });
    return { confidence: c.confidence, answered: c.kind !== "onbepaald", right: c.kind === r.kind };
  });
  out(
    "\naccuracy against coverage (every statement; an app shows as undecided what falls below the threshold)",
  );
  for (const t of [0, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const kept = judged.filter((j) => j.confidence >= t);
    out(
      `  confidence >= ${String(t).padEnd(4)}  coverage ${pct(kept.length, judged.length)}  right ${pct(kept.filter((j) => j.right).length, kept.length)}`,
    );
  }
}

/**
 * How often the language detected from the text alone is the writer's language, per language
 * (the classifier's figures above are given the language; an app that leaves it out gets the
 * detected one).
 */
export function printLanguage(out: (s: string) => void, rows: readonly WriterRow[]): void {
  out("\nlanguage detected from the text alone (detectLanguage), per writer's language");
  const found = rows.map((r) => detectLanguage(r.text) === r.lang);
  for (const lang of LANGS) {
    const of = rows.flatMap((r, i) => (r.lang === lang ? [found[i]] : []));
    if (of.length === 0) continue;
    const right = of.filter(Boolean).length;
    out(`  ${lang}  ${pct(right, of.length)}  (${right}/${of.length})`);
  }
  const right = found.filter(Boolean).length;
  out(`  all ${pct(right, rows.length)}  (${right}/${rows.length})`);
}
