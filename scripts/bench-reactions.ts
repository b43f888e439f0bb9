/**
 * Speed of the reaction analyses on a large network: 10,000 partners, 2,000 proposals and
 * 1,000,000 reactions (each partner reacts to 100 proposals, with stances drawn from two latent
 * opinion axes), and the growth from 100,000 to 1,000,000 reactions. Medians of 3 runs, one core.
 * No thresholds are asserted here: timings are reported, not gated.
 *
 *   npx tsx scripts/bench-reactions.ts
 */
import { consensus } from "../src/analyses/consensus";
import { opinionGroups } from "../src/analyses/opinion-groups";
import { reactionModel } from "../src/analyses/reaction-model";
import { seededRandom } from "../src/internal/random";
import type { Reactie } from "../src/model/reactie";
import type { Samenwerking } from "../src/model/samenwerking";

const BRILLEN = ["utilitair", "politiek", "zingevend", "relationeel"] as const;

function network(partners: number, proposals: number, reactions: number): Samenwerking {
  const rand = seededRandom(42);
  const ps = Array.from({ length: partners }, (_, i) => ({
    id: `p${i}`,
    name: `Partner ${i}`,
    brillen: [BRILLEN[i % 4] as (typeof BRILLEN)[number]],
    x: rand() * 2 - 1,
    y: rand() * 2 - 1,
  }));
  const vs = Array.from({ length: proposals }, (_, j) => ({
    id: `v${j}`,
    text: `Voorstel ${j}`,
    a: rand() * 2 - 1,
    b: rand() * 2 - 1,
  }));
  const per = Math.round(reactions / partners);
  const reacties: Reactie[] = [];
  for (const p of ps) {
    const start = Math.floor(rand() * proposals);
    for (let k = 0; k < per; k++) {
      const v = vs[(start + k * 7) % proposals] as (typeof vs)[number];
      const s = p.x * v.a + p.y * v.b + (rand() - 0.5) * 0.6;
      reacties.push({
        partnerId: p.id,
        targetId: v.id,
        stance: s > 0.15 ? "eens" : s < -0.15 ? "oneens" : "pas",
      });
    }
  }
  return {
    partners: ps.map(({ x: _, y: __, ...p }) => p),
    belangen: [],
    standpunten: [],
    voorstellen: vs.map(({ a: _, b: __, ...v }) => v),
    reacties,
  };
}

function median(run: () => void, times = 3): number {
  const t: number[] = [];
  for (let i = 0; i < times; i++) {
    const s = performance.now();
    run();
    t.push(performance.now() - s);
  }
  return t.sort((a, b) => a - b)[Math.floor(times / 2)] as number;
}

const fmt = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
console.log("reactions    consensus(bril)  consensus(custom)  opinionGroups  reactionModel");
for (const n of [100_000, 250_000, 500_000, 1_000_000]) {
  const s = network(10_000, 2_000, n);
  const r = s.reacties ?? [];
  const lens = median(() => consensus(s));
  const custom = median(() =>
    consensus(s, { groupBy: (p) => `regio-${Number(p.id.slice(1)) % 12}` }),
  );
  const groups = median(() => opinionGroups(r));
  const model = median(() => reactionModel(r));
  console.log(
    String(n).padStart(9),
    fmt(lens).padStart(16),
    fmt(custom).padStart(18),
    fmt(groups).padStart(14),
    fmt(model).padStart(14),
  );
}
console.log("budgets at 1,000,000: consensus ≤ 1 s, opinion groups ≤ 5 s, reaction model ≤ 5 s");
