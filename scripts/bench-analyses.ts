/**
 * Scale figures of the analyses: `npx tsx --expose-gc scripts/bench-analyses.ts`.
 *
 * Generates synthetic collaborations (bench/generate.ts: N partners × 5 belangen, 1-3 themes
 * each from a vocabulary of 5,000 with Zipf frequency) and times `suggestWinWin` and
 * `interestCoverage` for 1,000 and 10,000 partners with explicit themes, and for 10,000
 * partners with derived themes (texts only). Each figure is the median of 5 runs after one
 * warm-up run. Memory: heap growth over one run (after a forced GC when --expose-gc is given)
 * and the process's peak RSS.
 */
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { generateSamenwerking } from "../bench/generate";
import { interestCoverage } from "../src/coverage";
import type { Samenwerking } from "../src/samenwerking";
import { suggestWinWin } from "../src/win-win";

const RUNS = 5;
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

interface Figure {
  readonly median: number;
  readonly heapDelta: number;
  readonly result: unknown;
}

function measure(fn: () => unknown): Figure {
  fn(); // warm-up
  const times: number[] = [];
  let heapDelta = 0;
  let result: unknown;
  for (let i = 0; i < RUNS; i++) {
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    result = fn();
    const t = performance.now() - t0;
    const after = process.memoryUsage().heapUsed;
    times.push(t);
    heapDelta = Math.max(heapDelta, after - before);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(RUNS / 2)] as number, heapDelta, result };
}

interface Row {
  readonly case: string;
  readonly belangen: number;
  readonly winWin: Figure;
  readonly coverage: Figure;
}

function run(name: string, s: Samenwerking): Row {
  return {
    case: name,
    belangen: s.belangen.length,
    winWin: measure(() => suggestWinWin(s)),
    coverage: measure(() => interestCoverage(s)),
  };
}

const t0 = performance.now();
const small = generateSamenwerking({ partners: 1000, seed: 1 });
const large = generateSamenwerking({ partners: 10000, seed: 1 });
const derived = generateSamenwerking({ partners: 10000, seed: 1, derived: true });
const genMs = performance.now() - t0;

const rows = [
  run("explicit, 1,000 partners", small),
  run("explicit, 10,000 partners", large),
  run("derived, 10,000 partners", derived),
];

const pad = (s: string, n: number): string => s.padEnd(n);
const num = (x: number): string => x.toFixed(1).padStart(9);
console.log(
  `node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(
      " ",
    )}; ${RUNS} runs after a warm-up, median; gc ${gc ? "forced" : "not exposed"}; generation ${genMs.toFixed(0)} ms`,
);
console.log("");
console.log(
  `${pad("case", 28)}${pad("belangen", 10)}${"winWin ms".padStart(10)}${"coverage ms".padStart(12)}  heap Δ winWin / coverage`,
);
for (const r of rows) {
  console.log(
    `${pad(r.case, 28)}${pad(String(r.belangen), 10)}${num(r.winWin.median)} ${num(r.coverage.median)}    ${mb(r.winWin.heapDelta)} / ${mb(r.coverage.heapDelta)}`,
  );
}
const [s1, s10, d10] = rows as [Row, Row, Row];
const ratioW = s10.winWin.median / s1.winWin.median;
const ratioC = s10.coverage.median / s1.coverage.median;
console.log("");
console.log(
  `ratio 10,000 / 1,000 partners: suggestWinWin ${ratioW.toFixed(1)}, interestCoverage ${ratioC.toFixed(1)} (target ≤ 15)`,
);
console.log(
  `peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}, heap used now ${mb(process.memoryUsage().heapUsed)} (target < 500 MB)`,
);
const w = s10.winWin.result as ReturnType<typeof suggestWinWin>;
console.log(
  `10,000 explicit: ${w.candidates} candidate intersections, plan of ${w.plan.intersections.length}, ${w.plan.partnersNotReached.length} partners not reached`,
);
const wd = d10.winWin.result as ReturnType<typeof suggestWinWin>;
console.log(
  `10,000 derived: ${wd.candidates} candidate intersections, plan of ${wd.plan.intersections.length}, ${wd.plan.partnersNotReached.length} partners not reached`,
);
const ok =
  s10.winWin.median < 1000 &&
  s10.coverage.median < 1000 &&
  ratioW <= 15 &&
  ratioC <= 15 &&
  d10.winWin.median < 3000 &&
  d10.coverage.median < 3000;
console.log(ok ? "targets met" : "TARGETS MISSED");
