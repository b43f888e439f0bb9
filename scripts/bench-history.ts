/**
 * Prints how the ambition's history scales: the Markdown and HTML report and `ambitionAt` for
 * every revision, over 1,000 / 2,000 / 4,000 revisions. Linear replay means each doubling
 * roughly doubles the time. `npx tsx scripts/bench-history.ts` (also part of `npm run bench`).
 */
import { makeAmbition, median } from "../bench/model-data";
import {
  ambitionAt,
  createAmbition,
  reviseAmbition,
  type Samenwerking,
  type SharedAmbition,
} from "../src/index";
import { report } from "../src/report/index";

/**
 * A history whose content stays the same size, as in practice: the text is rewritten and themes
 * come and go (at most 12 at a time).
 */
function steadyAmbition(n: number): SharedAmbition {
  let a = createAmbition({ text: "Samen sterker in de regio.", themes: ["regio"], by: "p0" });
  for (let r = 2; r <= n; r++) {
    a = reviseAmbition(
      a,
      (d) => {
        if (r % 3 === 0) d.text = `Samen sterker in de regio, versie ${r}.`;
        else if (d.themes.length < 12) d.themes.push(`thema${r}`);
        else d.themes.splice(1, 1);
      },
      { by: `p${r % 8}` },
    );
  }
  return a;
}

/** A collaboration of 8 partners whose ambition has `n` revisions, as parsed JSON (never validated). */
function documentWith(n: number, growing: boolean): Samenwerking {
  // The last revision drops the named belangen: only the current ones must resolve.
  const base = growing ? makeAmbition(n - 1) : steadyAmbition(n - 1);
  const a = reviseAmbition(base, (d) => void d.belangIds.splice(0), { by: "p0" });
  const partners = Array.from({ length: 8 }, (_, i) => ({
    id: `p${i}`,
    name: `Partner ${i}`,
    brillen: ["relationeel" as const],
  }));
  return JSON.parse(JSON.stringify({ partners, belangen: [], standpunten: [], ambition: a }));
}

const rows: [string, number, number, number][] = [];
const sizes = [1_000, 2_000, 4_000] as const;
const measure = (
  what: string,
  growing: boolean,
  run: (doc: Samenwerking) => void,
  runs: number,
): void => {
  const ms = sizes.map((n) => {
    const doc = documentWith(n, growing);
    run(JSON.parse(JSON.stringify(doc))); // warm up
    // A fresh copy per run, so nothing validated or replayed before is reused.
    const copies = Array.from({ length: runs }, () => JSON.parse(JSON.stringify(doc)));
    let k = 0;
    return median(() => run(copies[k++] as Samenwerking), runs);
  });
  rows.push([what, ms[0] as number, ms[1] as number, ms[2] as number]);
};

const atEvery = (doc: Samenwerking): void => {
  const a = doc.ambition;
  if (a === undefined) return;
  for (let r = 1; r <= a.revision; r++) ambitionAt(a, r);
};
for (const growing of [false, true]) {
  const kind = growing ? "growing" : "steady";
  measure(
    `report (markdown), ${kind}`,
    growing,
    (doc) => void report(doc, { lang: "en", format: "markdown" }),
    5,
  );
  measure(
    `report (html), ${kind}`,
    growing,
    (doc) => void report(doc, { lang: "en", format: "html" }),
    5,
  );
  measure(`ambitionAt for every revision, ${kind}`, growing, atEvery, 5);
}

console.log("\nhistory benchmark (median of 5 runs; a fresh, unvalidated copy each run)");
console.log(
  `  ${"".padEnd(42)} ${sizes.map((n) => `${n.toLocaleString("en")} rev.`.padStart(11)).join(" ")}   4k/1k`,
);
for (const [what, a, b, c] of rows) {
  const cells = [a, b, c].map((ms) => `${ms.toFixed(0)} ms`.padStart(11)).join(" ");
  console.log(`  ${what.padEnd(42)} ${cells}   ${(c / a).toFixed(1)}×`);
}
console.log(
  "  steady: the content stays at most 12 themes (as in practice); linear replay gives about 4×\n" +
    "  from 1,000 to 4,000 revisions, a quadratic replay 16×. growing: every revision adds a\n" +
    "  theme or belang (1,333 each at 4,000), so each revision's content is itself O(n) and the\n" +
    "  cost is O(revisions × content).\n",
);
