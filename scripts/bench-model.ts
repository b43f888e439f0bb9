/**
 * Prints how validation scales with the document, and the cost of the ambition's history:
 * `npx tsx scripts/bench-model.ts` (also part of `npm run bench`).
 */
import { makeAmbition, makeDocument, median } from "../bench/model-data";
import { ambitionAt, parseSamenwerking, SharedAmbitionSchema } from "../src/index";

const rows: [string, string, string][] = [];
const sizes = [2_000, 20_000];
const times: number[] = [];
for (const n of sizes) {
  const doc = makeDocument(n);
  const bytes = JSON.stringify(doc).length;
  parseSamenwerking(doc); // warm up
  const ms = median(() => parseSamenwerking(doc), 5);
  times.push(ms);
  rows.push([
    `parseSamenwerking, ${n.toLocaleString("en")} partners × 5 belangen`,
    `${(bytes / 1e6).toFixed(1)} MB`,
    `${ms.toFixed(0)} ms`,
  ]);
}
{
  const doc = makeDocument(20_000, 1);
  const bytes = JSON.stringify(doc).length;
  parseSamenwerking(doc);
  const ms = median(() => parseSamenwerking(doc), 5);
  rows.push([
    "parseSamenwerking, 20,000 partners × 1 belang",
    `${(bytes / 1e6).toFixed(1)} MB`,
    `${ms.toFixed(0)} ms`,
  ]);
}
const history = makeAmbition(500);
rows.push([
  "ambitionAt(1) over 500 revisions",
  "",
  `${median(() => ambitionAt(history, 1), 20).toFixed(2)} ms`,
]);
rows.push([
  "validate a 500-revision history",
  "",
  `${median(() => SharedAmbitionSchema.parse(history), 5).toFixed(1)} ms`,
]);

console.log("\nmodel benchmark (median of repeated runs)");
for (const [what, size, time] of rows)
  console.log(`  ${what.padEnd(42)} ${size.padStart(8)} ${time.padStart(10)}`);
console.log(
  `  growth 2,000 → 20,000 partners: ×${((times[1] as number) / (times[0] as number)).toFixed(1)} for ×10 data (linear is ×10)`,
);
