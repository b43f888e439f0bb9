/**
 * Lens top-1 and level accuracy of detectBrillen / detectNiveau on a labelled JSONL file.
 *
 *   npx tsx scripts/eval-lens-level.ts [path] [--errors]
 *
 * Items whose label is null are left out of that score. Prints per language and kind, and a
 * confusion matrix (rows: label, columns: prediction; "-" = nothing detected).
 */
import { readFileSync } from "node:fs";
import { BRILLEN, type Bril } from "../src/bril";
import { detectBrillen } from "../src/detect-bril";
import { detectNiveau } from "../src/detect-niveau";
import type { Lang } from "../src/lang";
import { NIVEAUS, type Niveau } from "../src/niveau";

interface Item {
  readonly id: string;
  readonly text: string;
  readonly kind: string;
  readonly lang: Lang;
  readonly bril: Bril | null;
  readonly niveau: Niveau | null;
}

const args = process.argv.slice(2);
const path = args.find((a) => !a.startsWith("--")) ?? "data/statements-dev.jsonl";
const showErrors = args.includes("--errors");
const items: Item[] = readFileSync(path, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as Item);

export interface Prediction {
  readonly bril: Bril | null;
  readonly niveau: Niveau | null;
}

function predict(it: Item, withLang: boolean): Prediction {
  const opts = withLang ? { lang: it.lang } : {};
  const b = detectBrillen(it.text, opts)[0];
  return {
    bril: b !== undefined && b.score > 0 ? b.bril : null,
    niveau: detectNiveau(it.text, opts).niveau,
  };
}

const pct = (a: number, n: number): string =>
  n === 0 ? "  n/a" : `${((100 * a) / n).toFixed(1)}%`;

function report(title: string, preds: ReadonlyMap<string, Prediction>): void {
  console.log(`\n== ${title}`);
  console.log("group            lens top-1         level");
  const groups = new Map<string, Item[]>();
  for (const it of items) {
    for (const g of [`${it.lang} ${it.kind}`, `${it.lang} all`, "all"]) {
      const list = groups.get(g) ?? [];
      list.push(it);
      groups.set(g, list);
    }
  }
  for (const g of [...groups.keys()].sort()) {
    const list = groups.get(g) ?? [];
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
    console.log(
      `${g.padEnd(16)} ${pct(bok, bn).padStart(6)} (${bok}/${bn})`.padEnd(36) +
        `${pct(nok, nn).padStart(6)} (${nok}/${nn})`,
    );
  }
}

function confusion<K extends string>(
  title: string,
  labels: readonly K[],
  get: (it: Item) => K | null,
  pred: (p: Prediction) => K | null,
  preds: ReadonlyMap<string, Prediction>,
): void {
  const cols = [...labels, "-"];
  console.log(`\n${title} (rows: label, columns: prediction)`);
  console.log(`${"".padEnd(12)}${cols.map((c) => c.slice(0, 10).padStart(11)).join("")}`);
  for (const l of labels) {
    const row = cols.map((c) => {
      let n = 0;
      for (const it of items) {
        const p = preds.get(it.id);
        if (p !== undefined && get(it) === l && (pred(p) ?? "-") === c) n++;
      }
      return String(n).padStart(11);
    });
    console.log(`${l.padEnd(12)}${row.join("")}`);
  }
}

const detected = new Map(items.map((it) => [it.id, predict(it, false)] as const));
report(`${path}: language detected`, detected);
confusion(
  "lens",
  BRILLEN,
  (it) => it.bril,
  (p) => p.bril,
  detected,
);
confusion(
  "level",
  NIVEAUS,
  (it) => it.niveau,
  (p) => p.niveau,
  detected,
);
const given = new Map(items.map((it) => [it.id, predict(it, true)] as const));
report(`${path}: language given`, given);

if (showErrors) {
  console.log("\nerrors (id  label -> prediction  text)");
  for (const it of items) {
    const p = detected.get(it.id);
    if (p === undefined) continue;
    if (it.bril !== null && p.bril !== it.bril)
      console.log(`B ${it.id} ${it.bril} -> ${p.bril}  ${it.text}`);
    if (it.niveau !== null && p.niveau !== it.niveau)
      console.log(`N ${it.id} ${it.niveau} -> ${p.niveau}  ${it.text}`);
  }
}
