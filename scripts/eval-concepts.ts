/**
 * How well `suggestWinWin` puts together the belangen a facilitator would put together, on
 * realistic collaborations written by someone who never saw the library's code or vocabulary
 * (data/collaborations/*.json; format in the data README).
 *
 *   npm run eval:concepts                 the training collaborations, one row each, and the total
 *   npm run eval:concepts -- --sealed DIR  held-out collaborations: totals only, nothing per file
 *
 * Both ways are scored: words only (`suggestWinWin(s)`, the default) and with the built-in
 * concept vocabulary (`suggestWinWin(s, { concepts: builtInConcepts })`). Only figures are
 * printed, never a text of a collaboration.
 *
 * Definitions (the same in docs/analyses.md):
 * - A pair of belangen is **put together** when both are in one intersection of
 *   `suggestWinWin(s, { limit: ∞ })` (all candidates, not only the listed ones), they belong to
 *   different partners, and the same thing joined both: a shared word theme or a shared concept
 *   (what each intersection member's `joins` names), or a similarity that joins one to the other.
 *   With a library whose intersections carry no `members`, two belangen share a theme of the
 *   intersection (as `themesOf` with the collaboration's `themeVocabulary` gives it).
 * - A **meeting** (a pair or group of belangen the writer named) is **found** when every one of
 *   its belangen is put together with at least one other belang of that meeting.
 * - **Precision**: of all pairs put together, the share that lie in one meeting (both belangen
 *   in the `belangIds` of one meeting).
 * - **Isolated partners listed**: of the partners the writer named isolated (none of their
 *   belangen is in any meeting), how many `plan.partnersNotReached` lists; beside it, how many
 *   partners it lists that the writer did not name isolated.
 * - **Pairs by shared keys** (after each mode's totals): the pairs put together, counted by how
 *   many distinct keys (word themes, concepts, similarities) they share over all intersections,
 *   with the share of them that lie in a meeting and the share of the meetings' pairs found at
 *   that strength or more. It shows whether stronger evidence picks out a facilitator's pairs:
 *   a threshold can only trade recall for the precision this table allows.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import * as lib from "../src/index";
import { builtInConcepts } from "../src/lang/concepts";

/** The two ways scored: the default (words only) and with the built-in concept vocabulary. */
const MODES: readonly { readonly name: string; readonly options: lib.WinWinOptions }[] = [
  { name: "words only", options: {} },
  { name: "with concepts", options: { concepts: builtInConcepts } },
];

interface Meeting {
  readonly id: string;
  readonly belangIds: readonly string[];
  readonly type: "shared-word" | "other-words" | "cross-language";
}
interface Collab {
  readonly name: string;
  readonly samenwerking: lib.Samenwerking;
  readonly meetings: readonly Meeting[];
  readonly isolated: readonly string[];
}

type Loose = Record<string, unknown>;

/**
 * The pairs (a<b) of belangen an intersection puts together, by what joined each, with the
 * number of distinct keys (word themes, concepts, similarities) they share over all
 * intersections.
 */
function pairsOf(
  s: lib.Samenwerking,
  vocabulary: readonly string[],
  options: lib.WinWinOptions,
): Map<string, number> {
  const r = lib.suggestWinWin(s, { ...options, limit: 1_000_000 }) as unknown as {
    intersections: readonly Loose[];
  };
  const partnerOf = new Map(s.belangen.map((b) => [b.id, b.partnerId]));
  const shared = new Map<string, Set<string>>();
  for (const x of r.intersections) {
    const keys = new Map<string, Set<string>>();
    const members = x.members as readonly Loose[] | undefined;
    if (members !== undefined) {
      for (const m of members) {
        const set = new Set<string>();
        for (const j of m.joins as readonly Loose[]) {
          if (j.kind === "word") set.add(`w:${String(j.theme)}`);
          else if (j.kind === "concept") set.add(`c:${String(j.concept)}`);
          else set.add(`s:${[m.belangId, j.with].sort().join("|")}`);
        }
        keys.set(m.belangId as string, set);
      }
    } else {
      const themes = new Set(x.themes as readonly string[]);
      for (const id of x.belangIds as readonly string[]) {
        const b = s.belangen.find((y) => y.id === id) as lib.Belang;
        keys.set(id, new Set(lib.themesOf(b, { vocabulary }).filter((t) => themes.has(t))));
      }
    }
    const ids = [...keys.keys()].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = ids[i] as string;
        const b = ids[j] as string;
        if (partnerOf.get(a) === partnerOf.get(b)) continue;
        const ka = keys.get(a) as Set<string>;
        for (const k of keys.get(b) as Set<string>) {
          if (!ka.has(k)) continue;
          const pair = `${a}|${b}`;
          const set = shared.get(pair);
          if (set === undefined) shared.set(pair, new Set([k]));
          else set.add(k);
        }
      }
    }
  }
  return new Map([...shared].map(([pair, keys]) => [pair, keys.size]));
}

interface Tally {
  found: Record<Meeting["type"], number>;
  total: Record<Meeting["type"], number>;
  pairs: number;
  correct: number;
  /** Pairs put together, and those in a meeting, by how many keys they share (1, 2, 3, 4+). */
  byKeys: [number, number][];
  /** Distinct pairs of belangen that lie in a meeting. */
  meetingPairs: number;
  isolated: number;
  isolatedListed: number;
  wronglyListed: number;
}

const empty = (): Tally => ({
  found: { "shared-word": 0, "other-words": 0, "cross-language": 0 },
  total: { "shared-word": 0, "other-words": 0, "cross-language": 0 },
  pairs: 0,
  correct: 0,
  byKeys: [
    [0, 0],
    [0, 0],
    [0, 0],
    [0, 0],
  ],
  meetingPairs: 0,
  isolated: 0,
  isolatedListed: 0,
  wronglyListed: 0,
});

function score(c: Collab, t: Tally, options: lib.WinWinOptions): void {
  const s = c.samenwerking;
  const pairs = pairsOf(s, lib.themeVocabulary(s), options);
  const key = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const inMeeting = new Set<string>();
  for (const m of c.meetings) {
    for (const a of m.belangIds) for (const b of m.belangIds) if (a !== b) inMeeting.add(key(a, b));
    const found = m.belangIds.every((a) =>
      m.belangIds.some((b) => a !== b && pairs.has(key(a, b))),
    );
    t.total[m.type]++;
    if (found) t.found[m.type]++;
  }
  t.pairs += pairs.size;
  t.meetingPairs += inMeeting.size;
  for (const [p, keys] of pairs) {
    const k = t.byKeys[Math.min(keys, 4) - 1] as [number, number];
    k[0]++;
    if (inMeeting.has(p)) {
      t.correct++;
      k[1]++;
    }
  }
  const notReached = new Set(lib.suggestWinWin(s, options).plan.partnersNotReached);
  t.isolated += c.isolated.length;
  t.isolatedListed += c.isolated.filter((p) => notReached.has(p)).length;
  t.wronglyListed += [...notReached].filter((p) => !c.isolated.includes(p)).length;
}

const pct = (a: number, b: number): string => (b === 0 ? "–" : `${Math.round((100 * a) / b)}%`);
function row(name: string, t: Tally): string {
  const f = (k: Meeting["type"]): string =>
    `${pct(t.found[k], t.total[k])} (${t.found[k]}/${t.total[k]})`.padEnd(14);
  return `| ${name.padEnd(28)} | ${f("shared-word")} | ${f("other-words")} | ${f("cross-language")} | ${`${pct(t.correct, t.pairs)} (${t.correct}/${t.pairs})`.padEnd(14)} | ${t.isolatedListed} of ${t.isolated}, ${t.wronglyListed} more |`;
}

const sealed = process.argv.indexOf("--sealed");
const dir =
  sealed >= 0
    ? resolve(
        process.argv[sealed + 1] ??
          join(import.meta.dirname, "../data/sealed/round7/collaborations"),
      )
    : resolve(join(import.meta.dirname, "../data/collaborations"));
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort();
const collabs = files.map((f) => ({
  name: f.replace(/\.json$/, ""),
  collab: JSON.parse(readFileSync(join(dir, f), "utf8")) as Collab,
}));
for (const mode of MODES) {
  console.log(`\n${mode.name}:\n`);
  console.log(
    "| collaboration | shared word found | other words found | Dutch–English found | precision | isolated listed |",
  );
  console.log("| --- | --- | --- | --- | --- | --- |");
  const total = empty();
  for (const { name, collab } of collabs) {
    const t = empty();
    score(collab, t, mode.options);
    score(collab, total, mode.options);
    if (sealed < 0) console.log(row(name, t));
  }
  console.log(row(`all ${files.length}${sealed >= 0 ? " (sealed)" : ""}`, total));
  // How strong the evidence of a pair is: pairs that share more keys, and how many of them lie
  // in a meeting (with the meetings' pairs found at that strength or more).
  const inMeetings = total.meetingPairs;
  console.log(
    `\nPairs put together by how many keys they share (${inMeetings} pairs lie in a meeting):\n`,
  );
  console.log("| shared keys | pairs | in a meeting | precision | meetings' pairs found |");
  console.log("| --- | --- | --- | --- | --- |");
  for (let k = 0; k < 4; k++) {
    let pairs = 0;
    let correct = 0;
    for (let j = k; j < 4; j++) {
      pairs += (total.byKeys[j] as [number, number])[0];
      correct += (total.byKeys[j] as [number, number])[1];
    }
    console.log(
      `| ${k + 1} or more | ${pairs} | ${correct} | ${pct(correct, pairs)} | ${pct(correct, inMeetings)} |`,
    );
  }
}
