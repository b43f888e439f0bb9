// Prints statements per second for classifyStatement and classifyStatements over the dev
// statements, and the ratio to merely tokenising the same texts in the same run.
//
//   npm run bench:classify [-- slices]
//
// `npm run bench:classify` bundles this script with esbuild first (scripts/run-bundled.mjs),
// as an app's bundler (or tsup, for the package) would: that is the code users run.
//
// The three jobs run in turns, in short slices of about 25 ms of CPU time each, `slices` times
// (default 60) after a warm-up. A slice's rate is statements per second of CPU time of this
// single-threaded process (one core). The figures printed are medians over the slices; the
// ratio is the median of the ratios of neighbouring slices, so that a change in the machine's
// speed during the run (other jobs, frequency) cancels out. The spread (10th–90th percentile)
// shows how steady the machine was.

import { readFileSync } from "node:fs";
import { tokenize } from "../src/internal/tokenize";
import { classifyStatement, classifyStatements } from "../src/statements/classify";

const texts = ["data/statements-dev.jsonl", "data/statements-dev-mixed.jsonl"].flatMap((f) =>
  readFileSync(f, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => (JSON.parse(l) as { text: string }).text),
);

let sink = 0;
// CPU time of this process (user + system), in ms: unlike wall-clock time it does not count
// the time the process waits while other jobs use the core.
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Statements per CPU second of one slice of about `ms` milliseconds. */
function rate(f: () => void, ms: number): number {
  let n = 0;
  const t0 = cpuMs();
  let t = t0;
  while (t - t0 < ms) {
    f();
    n += texts.length;
    t = cpuMs();
  }
  return (n / (t - t0)) * 1000;
}

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
}

const jobs = {
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
type Job = keyof typeof jobs;
const names = Object.keys(jobs) as Job[];

const slices = Number(process.argv[2] ?? 60);
for (const name of names) rate(jobs[name], 300); // warm-up: let the JIT settle
const rates: Record<Job, number[]> = {
  tokenize: [],
  classifyStatement: [],
  classifyStatements: [],
};
const ratios: Record<Job, number[]> = {
  tokenize: [],
  classifyStatement: [],
  classifyStatements: [],
};
for (let r = 0; r < slices; r++) {
  const tok = rate(jobs.tokenize, 25);
  rates.tokenize.push(tok);
  for (const name of names.slice(1)) {
    const x = rate(jobs[name], 25);
    rates[name].push(x);
    ratios[name].push(tok / x);
  }
}

console.log(
  `${texts.length} dev statements; medians of ${slices} interleaved slices, per CPU second (one core)`,
);
for (const name of names) {
  const xs = rates[name];
  const spread = `${Math.round(quantile(xs, 0.1)).toLocaleString("en")}–${Math.round(quantile(xs, 0.9)).toLocaleString("en")}`;
  const ratio =
    name === "tokenize"
      ? ""
      : `  ${quantile(ratios[name], 0.5).toFixed(2)}x the time of tokenising (10–90%: ${quantile(ratios[name], 0.1).toFixed(2)}–${quantile(ratios[name], 0.9).toFixed(2)})`;
  console.log(
    `${name.padEnd(19)} ${Math.round(quantile(xs, 0.5)).toLocaleString("en").padStart(9)} statements/s (10–90%: ${spread})${ratio}`,
  );
}
if (sink === -1) console.log(sink);
