/**
 * Scale figures of the analyses: `npx tsx --expose-gc scripts/bench-analyses.ts [runs]`.
 *
 * Generates synthetic collaborations (bench/generate.ts: N partners × 5 belangen, 1–3 themes
 * each from a vocabulary of 5,000 with Zipf frequency) and times `suggestWinWin` and
 * `interestCoverage` for 1,000 and 10,000 partners with explicit themes, and for 10,000
 * partners with derived themes (texts only); as an extra line, `suggestWinWin` with the built-in
 * concept vocabulary (`{ concepts: builtInConcepts }`) on the derived case. Each case runs once to warm up, then `runs` times
 * (7 by default); the table gives the fastest and the median wall-clock time and the median CPU
 * time of the process (user + system, which includes the GC threads: on a machine shared with
 * other jobs it varies less than the wall clock). Memory: the largest heap growth over one run
 * (after a forced GC when --expose-gc is given) and the peak RSS of the whole process.
 */
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { generateSamenwerking } from "../bench/generate";
import { interestCoverage } from "../src/analyses/coverage";
import { suggestWinWin } from "../src/analyses/win-win";
import { builtInConcepts } from "../src/lang/concepts";
import type { Samenwerking } from "../src/model/samenwerking";

const RUNS = Number(process.argv[2] ?? 7);
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

interface Figure {
  readonly min: number;
  readonly median: number;
  readonly cpu: number;
  readonly heapDelta: number;
  readonly result: unknown;
}

function measure(fn: () => unknown): Figure {
  fn(); // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  let heapDelta = 0;
  let result: unknown;
  for (let i = 0; i < RUNS; i++) {
    gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    result = fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(cpu0);
    cpu.push((c.user + c.system) / 1000);
    heapDelta = Math.max(heapDelta, process.memoryUsage().heapUsed - heap0);
  }
  return { min: Math.min(...wall), median: median(wall), cpu: median(cpu), heapDelta, result };
}

interface Row {
  readonly name: string;
  readonly belangen: number;
  readonly winWin: Figure;
  readonly coverage: Figure;
}

function run(name: string, s: Samenwerking): Row {
  return {
    name,
    belangen: s.belangen.length,
    winWin: measure(() => suggestWinWin(s)),
    coverage: measure(() => interestCoverage(s)),
  };
}

const load0 = loadavg()[0] as number;
const g0 = performance.now();
const small = generateSamenwerking({ partners: 1000, seed: 1 });
const large = generateSamenwerking({ partners: 10000, seed: 1 });
const derived = generateSamenwerking({ partners: 10000, seed: 1, derived: true });
const genMs = performance.now() - g0;

const rows = [
  run("explicit themes, 1,000 partners", small),
  run("explicit themes, 10,000 partners", large),
  run("derived themes, 10,000 partners", derived),
];
// Opt-in: the concept vocabulary, on the texts of the derived case.
const withConcepts = measure(() => suggestWinWin(derived, { concepts: builtInConcepts }));
const load1 = loadavg()[0] as number;

const ms = (x: number): string => `${x.toFixed(0)} ms`;
const cell = (f: Figure): string => `${ms(f.min)} / ${ms(f.median)} / ${ms(f.cpu)}`;
console.log(
  `node ${process.version}, ${cpus().length} CPUs, 1-minute load average ${load0.toFixed(1)} → ${load1.toFixed(1)}; ` +
    `${RUNS} runs after a warm-up; GC ${gc ? "forced before each run" : "not exposed (run with --expose-gc)"}; ` +
    `generating the data took ${ms(genMs)}`,
);
console.log("");
console.log("times: fastest / median wall clock / median CPU");
console.log("");
console.log(
  "| case | belangen | suggestWinWin | interestCoverage | heap growth (win-win / coverage) |",
);
console.log("| --- | ---: | ---: | ---: | ---: |");
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.belangen.toLocaleString("en")} | ${cell(r.winWin)} | ${cell(r.coverage)} | ${mb(r.winWin.heapDelta)} / ${mb(r.coverage.heapDelta)} |`,
  );
}
console.log(
  `| derived themes, 10,000 partners, with concepts (opt-in) | ${derived.belangen.length.toLocaleString("en")} | ${cell(withConcepts)} | – | ${mb(withConcepts.heapDelta)} / – |`,
);
const [s1, s10, d10] = rows as [Row, Row, Row];
const ratio = (a: Figure, b: Figure): string =>
  `${(b.median / a.median).toFixed(1)} (wall) / ${(b.cpu / a.cpu).toFixed(1)} (CPU)`;
console.log("");
console.log(
  `ratio 10,000 / 1,000 partners (target ≤ 15): suggestWinWin ${ratio(s1.winWin, s10.winWin)}, interestCoverage ${ratio(s1.coverage, s10.coverage)}`,
);
console.log(
  `memory (target < 500 MB): peak RSS of the process ${mb(process.resourceUsage().maxRSS * 1024)}, RSS now ${mb(process.memoryUsage().rss)}, heap in use now ${mb(process.memoryUsage().heapUsed)}`,
);
const w = s10.winWin.result as ReturnType<typeof suggestWinWin>;
const wd = d10.winWin.result as ReturnType<typeof suggestWinWin>;
console.log(
  `explicit, 10,000 partners: ${w.candidates} intersections, plan of ${w.plan.intersections.length}, ${w.plan.partnersNotReached.length} partners not reached`,
);
console.log(
  `derived, 10,000 partners: ${wd.candidates} intersections, plan of ${wd.plan.intersections.length}, ${wd.plan.partnersNotReached.length} partners not reached`,
);
const wc = withConcepts.result as ReturnType<typeof suggestWinWin>;
console.log(
  `derived with concepts, 10,000 partners: ${wc.candidates} intersections, plan of ${wc.plan.intersections.length}, ${wc.plan.partnersNotReached.length} partners not reached (not part of the targets)`,
);
const met =
  s10.winWin.median < 1000 &&
  s10.coverage.median < 1000 &&
  s10.winWin.median / s1.winWin.median <= 15 &&
  s10.coverage.median / s1.coverage.median <= 15 &&
  d10.winWin.median < 3000 &&
  d10.coverage.median < 3000;
console.log(met ? "targets met (median wall clock)" : "TARGETS MISSED (median wall clock)");
