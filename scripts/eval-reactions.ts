/**
 * Held-out evaluation of reactionModel, and opinionGroups against the groups Pol.is found, on the
 * seven open Pol.is conversations in ../shared/data/polis (read at run time; CC BY 4.0, The
 * Computational Democracy Project: see that folder's README).
 *
 *   npm run eval:reactions [-- <data dir>]
 *
 * For each conversation: a seeded random 10% of the reactions is hidden, the model is fitted on
 * the rest, and on the hidden eens/oneens reactions the predicted side (eens when
 * P(eens) ≥ P(oneens)) is compared with the hidden one, against the baseline that predicts each
 * proposal's majority side among the reactions it was fitted on (eens on a tie or when unseen).
 * The mean over ten seeds is printed. Then the adjusted Rand index (ARI) of opinionGroups on
 * all reactions against the groups Pol.is reported, over the partners both placed.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { opinionGroups } from "../src/analyses/opinion-groups";
import { reactionModel } from "../src/analyses/reaction-model";
import { seededRandom } from "../src/internal/random";
import type { Reactie } from "../src/model/reactie";
import { loadConversation } from "./polis/load";

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, "../../../shared/data/polis"));
const fallback = resolve("/work/shared/data/polis");
const dataDir = existsSync(dir) ? dir : fallback;
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

function split(reacties: readonly Reactie[], seed: number): [Reactie[], Reactie[]] {
  const rand = seededRandom(seed);
  const train: Reactie[] = [];
  const test: Reactie[] = [];
  for (const r of reacties) (rand() < 0.1 ? test : train).push(r);
  return [train, test];
}

function baselineAccuracy(train: readonly Reactie[], test: readonly Reactie[]): number {
  const tally = new Map<string, number>();
  for (const r of train)
    if (r.stance !== "pas")
      tally.set(r.targetId, (tally.get(r.targetId) ?? 0) + (r.stance === "eens" ? 1 : -1));
  let ok = 0;
  let n = 0;
  for (const r of test) {
    if (r.stance === "pas") continue;
    const guess = (tally.get(r.targetId) ?? 0) >= 0 ? "eens" : "oneens";
    ok += guess === r.stance ? 1 : 0;
    n++;
  }
  return ok / n;
}

function modelAccuracy(train: readonly Reactie[], test: readonly Reactie[], seed: number): number {
  const model = reactionModel(train, { seed });
  let ok = 0;
  let n = 0;
  for (const r of test) {
    if (r.stance === "pas") continue;
    const p = model.predict(r.partnerId, r.targetId);
    ok += (p.eens >= p.oneens ? "eens" : "oneens") === r.stance ? 1 : 0;
    n++;
  }
  return ok / n;
}

/** Adjusted Rand index of two labellings of the same items (Hubert & Arabie). */
export function adjustedRand(a: readonly string[], b: readonly string[]): number {
  const pairs = (x: number): number => (x * (x - 1)) / 2;
  const table = new Map<string, number>();
  const ra = new Map<string, number>();
  const rb = new Map<string, number>();
  a.forEach((x, i) => {
    const y = b[i] as string;
    table.set(`${x}|${y}`, (table.get(`${x}|${y}`) ?? 0) + 1);
    ra.set(x, (ra.get(x) ?? 0) + 1);
    rb.set(y, (rb.get(y) ?? 0) + 1);
  });
  let index = 0;
  for (const v of table.values()) index += pairs(v);
  let sa = 0;
  for (const v of ra.values()) sa += pairs(v);
  let sb = 0;
  for (const v of rb.values()) sb += pairs(v);
  const expected = (sa * sb) / pairs(a.length);
  const max = (sa + sb) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

const names = readdirSync(dataDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
console.log(`data: ${dataDir}`);
console.log(
  "conversation".padEnd(40),
  "reactions".padStart(9),
  "baseline".padStart(9),
  "model".padStart(7),
  "gain".padStart(6),
  "groups".padStart(7),
  "polis".padStart(6),
  "ARI".padStart(6),
  "silh".padStart(5),
);
let gains = 0;
let worst = Number.POSITIVE_INFINITY;
for (const name of names) {
  const conv = loadConversation(join(dataDir, name), name);
  let base = 0;
  let model = 0;
  for (const seed of SEEDS) {
    const [train, test] = split(conv.reacties, seed);
    base += baselineAccuracy(train, test) / SEEDS.length;
    model += modelAccuracy(train, test, seed) / SEEDS.length;
  }
  const og = opinionGroups(conv.reacties, { seed: 1 });
  const ours: string[] = [];
  const theirs: string[] = [];
  for (const pos of og.positions) {
    const g = conv.polisGroups.get(pos.partnerId);
    if (g === undefined) continue;
    ours.push(pos.group);
    theirs.push(g);
  }
  const ari = ours.length > 1 ? adjustedRand(ours, theirs) : Number.NaN;
  const gain = (model - base) * 100;
  gains += gain / names.length;
  worst = Math.min(worst, gain);
  console.log(
    name.padEnd(40),
    String(conv.reacties.length).padStart(9),
    `${(base * 100).toFixed(1)}%`.padStart(9),
    `${(model * 100).toFixed(1)}%`.padStart(7),
    `${gain >= 0 ? "+" : ""}${gain.toFixed(1)}`.padStart(6),
    String(og.groups.length).padStart(7),
    String(new Set(conv.polisGroups.values()).size).padStart(6),
    ari.toFixed(2).padStart(6),
    og.silhouette.toFixed(2).padStart(5),
  );
}
console.log(
  `mean gain over the baseline: ${gains.toFixed(1)} points; smallest: ${worst.toFixed(1)}`,
);
