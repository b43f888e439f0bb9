import { type ConsensusOptions, type ConsensusResult, consensus } from "../analyses/consensus";
import { type OpinionGroups, opinionGroups } from "../analyses/opinion-groups";
import type { Samenwerking } from "../model/samenwerking";
import {
  type ChartOptions,
  esc,
  label,
  nameOf,
  num,
  palette,
  percent,
  resolveChartOptions,
  svgRoot,
} from "./svg";
import { chartWords } from "./text";

/** Options of {@link consensusChart}. */
export interface ConsensusChartOptions extends ChartOptions {
  /** How to group the partners when the chart computes the consensus itself; by lens by default. */
  readonly groupBy?: ConsensusOptions["groupBy"];
  /** Most proposals drawn, in the order of the consensus; 20 by default. */
  readonly maxTargets?: number;
}

const PAD = 16;
const ROW = 22;
const COL = 120;
const NAME_W = 220;

function targetTexts(input: Samenwerking | ConsensusResult): Record<string, string> {
  const s = input as Partial<Samenwerking>;
  const out: Record<string, string> = {};
  if (!Array.isArray(s.partners)) return out;
  for (const v of s.voorstellen ?? []) out[v.id] = v.text;
  for (const sp of s.standpunten ?? []) out[sp.id] = sp.text;
  return out;
}

/**
 * Draws where the partners stand as a standalone SVG: one row per proposal (or position), one
 * column for all partners and one per group, each cell a dot at the estimated support with a
 * line for its 90% interval, and the group consensus at the end of the row.
 *
 * @param input - A validated {@link Samenwerking} (the consensus is computed with
 *   {@link consensus}), or a {@link ConsensusResult} you computed already (rows then show ids).
 * @param options - `lang` (`"nl"` by default), `groupBy`, `maxTargets` (20), `idPrefix`
 *   (`"sw-consensus"` by default).
 * @returns An SVG document as a string, with `role="img"`, a `<title>` and a `<desc>` that sums
 *   the chart up in words.
 * @throws RangeError when `lang`, `idPrefix`, `groupBy` or `maxTargets` is not valid.
 *
 * @remarks
 * Every cell carries its percentage in text, and the half-way line is dashed, so no meaning
 * rests on colour alone. Rows follow the consensus order; proposal texts longer than 36
 * characters are shortened and keep their full text in a `<title>`. Deterministic; the input is
 * not mutated.
 *
 * @example
 * ```ts
 * const svg = consensusChart(exampleSamenwerking(), { lang: "en" });
 * svg.includes("Support per proposal and group") //=> true
 * ```
 */
export function consensusChart(
  input: Samenwerking | ConsensusResult,
  options?: ConsensusChartOptions,
): string {
  const o = resolveChartOptions("consensusChart", options, "sw-consensus");
  const max = options?.maxTargets ?? 20;
  if (!Number.isInteger(max) || max < 1)
    throw new RangeError(`consensusChart: option "maxTargets" must be an integer ≥ 1, got ${max}`);
  const w = chartWords(o.lang);
  const result =
    "targets" in input
      ? input
      : consensus(input, options?.groupBy === undefined ? {} : { groupBy: options.groupBy });
  const texts = targetTexts(input);
  const c = palette();
  const rows = result.targets.slice(0, max);
  const columns = [w.allPartners, ...result.groupNames];
  const width = PAD * 2 + NAME_W + columns.length * COL + 90;
  const top = PAD + 40;
  const height = top + Math.max(1, rows.length) * ROW + PAD + 20;
  const parts: string[] = [];
  parts.push(label(PAD, PAD + 12, w.consensusTitle, 'font-weight="bold" font-size="14"'));
  columns.forEach((name, i) => {
    parts.push(
      label(
        PAD + NAME_W + i * COL + COL / 2,
        top - 8,
        name,
        'text-anchor="middle" font-weight="bold"',
        18,
      ),
    );
  });
  parts.push(
    label(
      PAD + NAME_W + columns.length * COL + 45,
      top - 8,
      w.groupConsensus,
      'text-anchor="middle" font-size="11"',
      18,
    ),
  );
  if (rows.length === 0) parts.push(label(PAD, top + 14, w.noTargets, `fill="${c.grey}"`));
  const descRows: string[] = [];
  rows.forEach((t, r) => {
    const y = top + r * ROW + ROW / 2;
    parts.push(label(PAD, y + 4, texts[t.targetId] ?? t.targetId, "", 36));
    const cells = [t.support, ...t.groups.map((g) => g.support)];
    cells.forEach((s, i) => {
      const x0 = PAD + NAME_W + i * COL + 6;
      const span = COL - 50;
      const at = (v: number) => x0 + v * span;
      parts.push(
        `<line x1="${num(at(0.5))}" y1="${num(y - 7)}" x2="${num(at(0.5))}" y2="${num(y + 7)}" stroke="${c.grey}" stroke-dasharray="2 2"/>`,
        `<line x1="${num(at(s.low))}" y1="${num(y)}" x2="${num(at(s.high))}" y2="${num(y)}" stroke="${c.blue}" stroke-width="2"/>`,
        `<circle cx="${num(at(s.mean))}" cy="${num(y)}" r="4" fill="${s.mean >= 0.5 ? c.blue : c.vermillion}"><title>${esc(`${percent(s.mean)} (${percent(s.low)}–${percent(s.high)})`)}</title></circle>`,
        label(x0 + span + 6, y + 4, percent(s.mean), 'font-size="11"'),
      );
    });
    parts.push(
      label(
        PAD + NAME_W + columns.length * COL + 45,
        y + 4,
        percent(t.groupConsensus),
        'text-anchor="middle"',
      ),
    );
    descRows.push(
      `${texts[t.targetId] ?? t.targetId}: ${percent(t.support.mean)} (${percent(t.support.low)}–${percent(t.support.high)})`,
    );
  });
  parts.push(label(PAD, height - PAD, w.supportLegend, `font-size="11" fill="${c.grey}"`));
  return svgRoot(
    o.id,
    width,
    height,
    w.consensusTitle,
    descRows.length ? descRows.join("; ") : w.noTargets,
    "",
    parts.join(""),
  );
}

/** Options of {@link opinionGroupsChart}. */
export interface OpinionGroupsChartOptions extends ChartOptions {
  /** Seed of the opinion groups when the chart computes them itself; 1 by default. */
  readonly seed?: number;
}

const SHAPES = ["circle", "square", "triangle", "diamond", "cross"] as const;

function marker(shape: number, x: number, y: number, fill: string): string {
  const s = 4;
  switch (SHAPES[shape % SHAPES.length]) {
    case "square":
      return `<rect x="${num(x - s)}" y="${num(y - s)}" width="${2 * s}" height="${2 * s}" fill="${fill}"/>`;
    case "triangle":
      return `<path d="M${num(x)} ${num(y - s)}L${num(x + s)} ${num(y + s)}L${num(x - s)} ${num(y + s)}Z" fill="${fill}"/>`;
    case "diamond":
      return `<path d="M${num(x)} ${num(y - s)}L${num(x + s)} ${num(y)}L${num(x)} ${num(y + s)}L${num(x - s)} ${num(y)}Z" fill="${fill}"/>`;
    case "cross":
      return `<path d="M${num(x - s)} ${num(y - s)}L${num(x + s)} ${num(y + s)}M${num(x + s)} ${num(y - s)}L${num(x - s)} ${num(y + s)}" stroke="${fill}" stroke-width="2"/>`;
    default:
      return `<circle cx="${num(x)}" cy="${num(y)}" r="${s}" fill="${fill}"/>`;
  }
}

/**
 * Draws the opinion groups as a standalone SVG: every placed partner on the two main axes of
 * disagreement, with a colour and a shape per group, a legend with the group sizes and the
 * quality of the grouping; for a network too small for groups it says so.
 *
 * @param input - A validated {@link Samenwerking} (groups are computed with
 *   {@link opinionGroups} on its reacties), or an {@link OpinionGroups} you computed already.
 * @param options - `lang` (`"nl"` by default), `names`, `seed`, `idPrefix` (`"sw-opinion"` by
 *   default).
 * @returns An SVG document as a string, with `role="img"`, a `<title>` and a `<desc>`.
 * @throws RangeError when `lang` or `idPrefix` is not valid.
 *
 * @remarks
 * Each group has its own marker shape as well as its own colour, so no meaning rests on colour
 * alone; every marker carries the partner's name in a `<title>`. Deterministic; the input is
 * not mutated.
 *
 * @example
 * ```ts
 * const svg = opinionGroupsChart(exampleSamenwerking(), { lang: "en" });
 * svg.includes("Too few partners") //=> true
 * ```
 */
export function opinionGroupsChart(
  input: Samenwerking | OpinionGroups,
  options?: OpinionGroupsChartOptions,
): string {
  const o = resolveChartOptions("opinionGroupsChart", options, "sw-opinion");
  const w = chartWords(o.lang);
  const c = palette();
  const names = new Map<string, string>(o.names);
  let g: OpinionGroups;
  if ("status" in input) g = input;
  else {
    for (const p of input.partners) names.set(p.id, p.name);
    g = opinionGroups(input.reacties ?? [], { seed: options?.seed ?? 1 });
  }
  const size = 320;
  const width = PAD * 3 + size + 200;
  const height = PAD * 2 + 30 + size;
  const parts: string[] = [
    label(PAD, PAD + 12, w.opinionTitle, 'font-weight="bold" font-size="14"'),
  ];
  if (g.status !== "ok") {
    parts.push(label(PAD, PAD + 44, w.tooFewPartners, `fill="${c.grey}"`));
    return svgRoot(o.id, width, PAD * 2 + 60, w.opinionTitle, w.tooFewPartners, "", parts.join(""));
  }
  const colours = [c.blue, c.orange, c.green, c.purple, c.vermillion, c.sky, c.black];
  let ext = 1e-9;
  for (const p of g.positions) ext = Math.max(ext, Math.abs(p.x), Math.abs(p.y));
  const x0 = PAD;
  const y0 = PAD + 30;
  const sx = (v: number) => x0 + size / 2 + (v / ext) * (size / 2 - 8);
  const sy = (v: number) => y0 + size / 2 - (v / ext) * (size / 2 - 8);
  parts.push(
    `<rect x="${x0}" y="${y0}" width="${size}" height="${size}" fill="none" stroke="${c.grey}"/>`,
    `<line x1="${x0}" y1="${num(y0 + size / 2)}" x2="${x0 + size}" y2="${num(y0 + size / 2)}" stroke="${c.light}"/>`,
    `<line x1="${num(x0 + size / 2)}" y1="${y0}" x2="${num(x0 + size / 2)}" y2="${y0 + size}" stroke="${c.light}"/>`,
  );
  const index = new Map(g.groups.map((gr, i) => [gr.id, i]));
  for (const p of g.positions) {
    const i = index.get(p.group) ?? 0;
    parts.push(
      `<g><title>${esc(`${nameOf(names, p.partnerId)} (${w.group} ${p.group})`)}</title>${marker(i, sx(p.x), sy(p.y), colours[i % colours.length] as string)}</g>`,
    );
  }
  g.groups.forEach((gr, i) => {
    const y = y0 + 12 + i * 20;
    parts.push(marker(i, x0 + size + PAD + 6, y - 4, colours[i % colours.length] as string));
    parts.push(
      label(
        x0 + size + PAD + 18,
        y,
        `${w.group} ${gr.id}: ${gr.partnerIds.length} ${w.partners}`,
        "",
      ),
    );
  });
  parts.push(
    label(
      x0 + size + PAD,
      y0 + 12 + g.groups.length * 20 + 10,
      `${w.quality}: ${num(Math.round(g.silhouette * 100) / 100)}`,
      `font-size="11" fill="${c.grey}"`,
    ),
  );
  const desc = g.groups
    .map((gr) => `${w.group} ${gr.id}: ${gr.partnerIds.length} ${w.partners}`)
    .join("; ");
  return svgRoot(o.id, width, height, w.opinionTitle, desc, "", parts.join(""));
}
