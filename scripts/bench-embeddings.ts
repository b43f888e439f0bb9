/**
 * Grouping belangen by app-supplied embeddings at scale: 50,000 vectors of 384 dimensions with
 * planted clusters (seeded), grouped with random-hyperplane LSH; time and recall against the
 * exact pairs. `npx tsx scripts/bench-embeddings.ts` (part of `npm run bench`).
 *
 * Exact pairs: cluster centres are independent random directions, whose cosines in 384
 * dimensions are about 0 ± 0.05, far below the threshold; so every pair above the threshold
 * lies within a planted cluster, and the exact pairs are counted by comparing every pair
 * within each cluster (checked on a sample of 300 vectors against all 50,000).
 */
import { similarPairs } from "../src/analyses/embeddings";
import { seededRandom } from "../src/internal/random";

const N = Number(process.argv[2] ?? 50_000);
const DIMS = 384;
const THRESHOLD = 0.8;
const rand = seededRandom(42);
const gauss = (): number => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
const vectors: Float32Array[] = [];
const cluster: number[] = [];
let c = 0;
while (vectors.length < N) {
  const size = 2 + Math.floor(rand() * 9); // 2–10 belangen per cluster
  const centre = Float32Array.from({ length: DIMS }, gauss);
  // Noise per cluster: members' cosines to each other range from about 0.7 to 0.95.
  const noise = 0.25 + rand() * 0.4;
  for (let k = 0; k < size && vectors.length < N; k++) {
    vectors.push(Float32Array.from(centre, (v) => v + noise * gauss()));
    cluster.push(c);
  }
  c++;
}
const unit = (v: Float32Array): Float32Array => {
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
};
const units = vectors.map(unit);
const cos = (a: number, b: number): number => {
  let s = 0;
  const x = units[a] as Float32Array;
  const y = units[b] as Float32Array;
  for (let k = 0; k < DIMS; k++) s += (x[k] as number) * (y[k] as number);
  return s;
};
const exact = new Set<string>();
for (let i = 0; i < N; ) {
  let j = i;
  while (j < N && cluster[j] === cluster[i]) j++;
  for (let a = i; a < j; a++)
    for (let b = a + 1; b < j; b++) if (cos(a, b) >= THRESHOLD) exact.add(`${a}|${b}`);
  i = j;
}
let stray = 0;
for (let s = 0; s < 300; s++) {
  const a = Math.floor(rand() * N);
  for (let b = 0; b < N; b++) if (cluster[a] !== cluster[b] && cos(a, b) >= THRESHOLD) stray++;
}
const times: number[] = [];
let found: ReturnType<typeof similarPairs> = [];
for (let run = 0; run < 3; run++) {
  const t0 = performance.now();
  found = similarPairs(vectors, THRESHOLD);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const hit = found.filter((p) => exact.has(`${p.a}|${p.b}`)).length;
console.log(
  `embeddings: ${N} × ${DIMS}, threshold ${THRESHOLD}, ${c} planted clusters: ${exact.size} exact pairs ` +
    `(${stray} across clusters in a sample of 300); LSH ${Math.round(times[1] as number)} ms median of 3 ` +
    `(fastest ${Math.round(times[0] as number)} ms), recall ${((100 * hit) / exact.size).toFixed(1)}%, ` +
    `${found.length - hit} pairs not in the exact set`,
);
