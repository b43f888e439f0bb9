// Prints statements per second for classifyStatement and classifyStatements over the dev
// statements, and the ratio to merely tokenising the same texts in the same run.
//
//   npx tsx scripts/bench-classify.ts [rounds]
//
// Each measurement runs for about half a second of CPU time after a warm-up; the best of
// `rounds` (default 5) is reported, interleaved so that all three see the same machine state.
// Rates are per second of CPU time of this (single-threaded) process: one core.

import { readFileSync } from "node:fs";
import { classifyStatement, classifyStatements } from "../src/classify";
import { tokenize } from "../src/internal/tokenize";

const texts = ["data/statements-dev.jsonl", "data/statements-dev-mixed.jsonl"].flatMap((f) =>
  readFileSync(f, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => (JSON.parse(l) as { text: string }).text),
);

let sink = 0;
// CPU time of this process (user + system), in ms: unlike wall-clock time it does not count
// the time the process waits while other jobs use the core, so a busy machine skews it less.
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function rate(f: () => void): number {
  let n = 0;
  const t0 = cpuMs();
  let t = t0;
  while (t - t0 < 500) {
    f();
    n += texts.length;
    t = cpuMs();
  }
  return (n / (t - t0)) * 1000;
}

const jobs: Record<string, () => void> = {
  tokenize: () => {
    for (const t of texts) sink += tokenize(t).length;
  },
  classifyStatement: () => {
    for (const t of texts) sink += classifyStatement(t).cues.length;
  },
  classifyStatements: () => {
    for (const c of classifyStatements(texts)) sink += c.cues.length;
  },
};

const rounds = Number(process.argv[2] ?? 5);
const best: Record<string, number> = {};
for (const f of Object.values(jobs)) rate(f); // warm-up
for (let r = 0; r < rounds; r++) {
  for (const [name, f] of Object.entries(jobs)) best[name] = Math.max(best[name] ?? 0, rate(f));
}
const tok = best.tokenize ?? 1;
console.log(`${texts.length} dev statements, best of ${rounds} rounds, per CPU second (one core)`);
for (const [name, r] of Object.entries(best)) {
  const ratio = name === "tokenize" ? "" : `  (${(tok / r).toFixed(2)}x the time of tokenising)`;
  console.log(`${name.padEnd(20)} ${Math.round(r).toLocaleString("en")} statements/s${ratio}`);
}
if (sink === -1) console.log(sink);
