import {
  sharedKeys,
  suggestWinWin,
  type WinWinOptions,
  type WinWinResult,
} from "../analyses/win-win";
import { checkObject } from "../internal/args";
import { compareStrings } from "../internal/json";
import { NIVEAU_TEXT } from "../model/niveau";
import type { Samenwerking } from "../model/samenwerking";
import { isSamenwerkingInput, partnerNames } from "./lens-profile-chart";
import {
  type ChartOptions,
  esc,
  label,
  maxOf,
  minOf,
  nameOf,
  num,
  palette,
  resolveChartOptions,
  svgRoot,
  textWidth,
} from "./svg";
import { chartWords } from "./text";

const PAD = 16;
const NAME_MAX = 28;
const KEY_MAX = 96;

/** Options of {@link winWinChart}. */
export interface WinWinChartOptions extends ChartOptions {
  /**
   * Options passed to {@link suggestWinWin} when the chart is drawn from a `Samenwerking`
   * (ignored for a `WinWinResult`). The chart shows the `limit` best intersections (10 by
   * default).
   */
  readonly winWin?: WinWinOptions;
}

/**
 * Draws the win-win intersections as a standalone SVG: a matrix of partners (rows) and ranked
 * intersections (columns) with a dot where a partner's interests meet the others', the
 * intersections of the plan starred, the partners nobody meets yet marked, and a key with the
 * shared themes of each intersection (and its shared concepts, when `options.winWin.concepts`
 * is given or the result was computed with a concept vocabulary).
 *
 * @param input - A validated {@link Samenwerking} (the intersections are computed with
 *   {@link suggestWinWin} and `options.winWin`), or a {@link WinWinResult} you computed already
 *   (then pass partner names in `options.names`, else ids are shown).
 * @param options - `lang` of the labels (`"nl"` by default), `winWin`, `names`, `idPrefix`
 *   (`"sw-ww"` by default).
 * @returns An SVG document as a string, with `role="img"`, a `<title>` and a `<desc>` that lists
 *   every intersection in words.
 * @throws RangeError when `lang` or `idPrefix` is not allowed, or (from {@link suggestWinWin})
 *   when `winWin` holds an invalid option.
 *
 * @remarks
 * Columns follow the rank of the intersections (numbered from 1); partners are sorted by id.
 * Membership is drawn as a dot joined by a vertical line and the plan as a star with the word
 * "plan", so no meaning rests on colour alone (Okabe-Ito colours). The size follows from the
 * numbers of partners and intersections; long names and theme lists are shortened with an
 * ellipsis and keep their full text in a `<title>`. Deterministic: equal input gives a
 * byte-identical string. The input is not mutated.
 *
 * @example
 * ```ts
 * const svg = winWinChart(exampleSamenwerking(), { lang: "en" });
 * svg.includes("eenzaamheid") //=> true
 * ```
 */
export function winWinChart(
  input: Samenwerking | WinWinResult,
  options?: WinWinChartOptions,
): string {
  checkObject("winWinChart", "input", input, "a collaboration or a win-win result");
  const o = resolveChartOptions("winWinChart", options, "sw-ww");
  const fromSamenwerking = isSamenwerkingInput(input);
  const result = fromSamenwerking
    ? suggestWinWin(input as Samenwerking, options?.winWin ?? {})
    : (input as WinWinResult);
  const names = partnerNames(input, o.names);
  const w = chartWords(o.lang);
  const c = palette();
  const partners = fromSamenwerking
    ? [...new Set((input as Samenwerking).partners.map((p) => p.id))].sort(compareStrings)
    : [...result.plan.partnersReached, ...result.plan.partnersNotReached].sort(compareStrings);
  const list = result.intersections;
  const planned = list.map((x) =>
    result.plan.intersections.some(
      (p) =>
        p.partnerIds.join("\u0000") === x.partnerIds.join("\u0000") &&
        sharedKeys(p).join("\u0000") === sharedKeys(x).join("\u0000"),
    ),
  );
  const notReached = new Set(result.plan.partnersNotReached);
  const k = list.length;
  const n = partners.length;

  const keyLines = list.map((x, i) => {
    const levels = x.niveaus.map((l) => NIVEAU_TEXT[l][o.lang].label).join(", ");
    const keys = sharedKeys(x);
    const themes = keys.length === 0 ? "—" : keys.join(", ");
    return `${i + 1}. ${themes} — ${x.partnerIds.length} ${w.partners}; ${levels}${planned[i] ? ` (★ ${w.plan})` : ""}`;
  });

  const longestName = maxOf(
    partners.map((id) => Math.min(NAME_MAX, Array.from(nameOf(names, id)).length)),
    0,
  );
  const labelW = Math.max(longestName * 7.2, 60) + 16;
  const colW = 34;
  const tailW = textWidth(`○ ${w.notReached}`, 12) + 24;
  const keyW = maxOf(
    keyLines.map((l) => Math.min(KEY_MAX, Array.from(l).length) * 6.8),
    0,
  );
  const titleW = textWidth(w.winWinTitle, 16) + 8;
  const width = PAD * 2 + Math.max(labelW + k * colW + tailW, keyW, titleW, 320);
  const x0 = PAD + labelW;

  const parts: string[] = [];
  let y = 26;
  parts.push(label(PAD, y, w.winWinTitle, 'font-size="16" font-weight="bold"'));
  y += 22;
  parts.push(
    `<circle cx="${PAD + 6}" cy="${num(y - 4)}" r="6" fill="${c.sky}" stroke="${c.black}"/>`,
    label(PAD + 18, y, w.meets, ""),
    label(PAD + 100, y, `★ ${w.plan}`, `fill="${c.vermillion}" font-weight="bold"`),
    label(PAD + 170, y, `○ ${w.notReached}`, `font-style="italic" fill="${c.vermillion}"`),
  );
  y += 28;
  if (k === 0) {
    parts.push(label(PAD, y, w.noIntersections, 'font-style="italic"'));
    y += 20;
  }
  for (let i = 0; i < k; i++) {
    const cx = x0 + colW * i + colW / 2;
    parts.push(label(cx, y, String(i + 1), 'text-anchor="middle" font-weight="bold"'));
    if (planned[i]) {
      parts.push(
        label(cx, y + 14, "★", `text-anchor="middle" fill="${c.vermillion}" font-weight="bold"`),
      );
    }
  }
  if (k > 0) y += 22;
  const rowH = 20;
  const rowOf = new Map(partners.map((id, r) => [id, r]));
  // Row stripes first, then the lines joining the partners of each intersection, then the dots.
  for (let r = 0; r < n; r += 2) {
    parts.push(
      `<rect x="${PAD}" y="${num(y + r * rowH)}" width="${num(labelW + k * colW)}" height="${rowH}" fill="${c.light}"/>`,
    );
  }
  for (const [i, x] of list.entries()) {
    const rows = x.partnerIds.map((id) => rowOf.get(id)).filter((r) => r !== undefined);
    if (rows.length < 2) continue;
    const cx = x0 + colW * i + colW / 2;
    parts.push(
      `<line x1="${num(cx)}" y1="${num(y + minOf(rows) * rowH + rowH / 2)}" x2="${num(cx)}" y2="${num(y + maxOf(rows) * rowH + rowH / 2)}" stroke="${c.blue}" stroke-width="2"/>`,
    );
  }
  for (const [r, id] of partners.entries()) {
    const top = y + r * rowH;
    const dots: string[] = [];
    for (const [i, x] of list.entries()) {
      if (!x.partnerIds.includes(id)) continue;
      dots.push(
        `<circle cx="${num(x0 + colW * i + colW / 2)}" cy="${num(top + rowH / 2)}" r="6" fill="${c.sky}" stroke="${c.black}"><title>${esc(`${i + 1}. ${sharedKeys(x).join(", ")}`)}</title></circle>`,
      );
    }
    parts.push(
      `<g class="partner-row" data-partner="${esc(id)}">`,
      label(PAD + 4, top + 14, nameOf(names, id), "", NAME_MAX),
      ...dots,
      notReached.has(id)
        ? label(
            x0 + k * colW + 10,
            top + 14,
            `○ ${w.notReached}`,
            `font-style="italic" fill="${c.vermillion}"`,
          )
        : "",
      "</g>",
    );
  }
  y += n * rowH;
  if (n === 0) {
    y += 16;
    parts.push(label(PAD, y, w.noPartners, 'font-style="italic"'));
  }
  y += 10;
  for (const line of keyLines) {
    y += 18;
    parts.push(label(PAD, y, line, 'class="key"', KEY_MAX));
  }
  const reachedNot = result.plan.partnersNotReached.map((id) => nameOf(names, id));
  const desc = [
    `${k} ${w.intersections}`,
    ...keyLines,
    `${w.notReached}: ${reachedNot.length === 0 ? w.none : reachedNot.join(", ")}`,
  ];
  return svgRoot(o.id, width, y + PAD, w.winWinTitle, `${desc.join(". ")}.`, "", parts.join(""));
}
