import {
  type CoverageOptions,
  type InterestCoverage,
  interestCoverage,
} from "../analyses/coverage";
import { checkObject } from "../internal/args";
import { NIVEAU_TEXT, NIVEAUS } from "../model/niveau";
import type { Samenwerking } from "../model/samenwerking";
import { isSamenwerkingInput, partnerNames } from "./lens-profile-chart";
import {
  type ChartOptions,
  esc,
  hatch,
  label,
  maxOf,
  nameOf,
  num,
  palette,
  percent,
  resolveChartOptions,
  svgRoot,
  textWidth,
} from "./svg";
import { chartWords } from "./text";

const PAD = 16;
const NAME_MAX = 28;

/** Options of {@link coverageMatrixChart}. */
export interface CoverageMatrixChartOptions extends ChartOptions {
  /**
   * Options passed to {@link interestCoverage} when the chart is drawn from a `Samenwerking`
   * (ignored for an `InterestCoverage`): with `concepts`, a belang that meets the ambition on a
   * concept counts as served.
   */
  readonly coverage?: CoverageOptions;
}

/**
 * Draws the partners × levels coverage matrix as a standalone SVG: for every partner and level
 * whether an interest is known (articulated) and how many of those the shared ambition serves,
 * with the totals per level.
 *
 * @param input - A validated {@link Samenwerking} (the coverage is computed with
 *   {@link interestCoverage}), or an {@link InterestCoverage} you computed already (then pass
 *   partner names in `options.names`, else ids are shown).
 * @param options - `lang` of the labels (`"nl"` by default), `coverage`, `names`, `idPrefix`
 *   (`"sw-cov"` by default).
 * @returns An SVG document as a string, with `role="img"`, a `<title>` and a `<desc>` that lists
 *   per level the share of partners known, the missing partners and the share served.
 * @throws RangeError when `lang` or `idPrefix` is not one of the allowed values.
 *
 * @remarks
 * A cell with known interests shows `served/known` (just `known` without an ambition) and a
 * green bar as long as the served share; a cell without any known interest is hatched grey with
 * a dashed border and the word "missing", so no meaning rests on colour alone. Levels follow
 * {@link NIVEAUS} order, partners are sorted by id. The height follows from the number of
 * partners; names longer than 28 characters are shortened with an ellipsis and keep their full
 * text in a `<title>`. Deterministic: equal input gives a byte-identical string. The input is
 * not mutated.
 *
 * @example
 * ```ts
 * const svg = coverageMatrixChart(exampleSamenwerking(), { lang: "nl" });
 * svg.includes("Organisatie") //=> true
 * ```
 */
export function coverageMatrixChart(
  input: Samenwerking | InterestCoverage,
  options?: CoverageMatrixChartOptions,
): string {
  checkObject("coverageMatrixChart", "input", input, "a collaboration or an interest coverage");
  const o = resolveChartOptions("coverageMatrixChart", options, "sw-cov");
  const coverage = isSamenwerkingInput(input)
    ? interestCoverage(input as Samenwerking, options?.coverage ?? {})
    : (input as InterestCoverage);
  const names = partnerNames(input, o.names);
  const w = chartWords(o.lang);
  const c = palette();
  const n = coverage.partners.length;
  const hasAmbition = coverage.ambitionThemes !== null;
  const levelLabels = NIVEAUS.map((l) => NIVEAU_TEXT[l][o.lang].label);

  const footer = NIVEAUS.map((l) => {
    const k = coverage.byNiveau[l];
    const known = `${k.partnersWithBelang}/${k.partnersTotal} ${w.articulated}`;
    return k.served === null ? known : `${known} · ${percent(k.served)} ${w.served}`;
  });
  const longestName = maxOf(
    coverage.partners.map((p) => Math.min(NAME_MAX, Array.from(nameOf(names, p.partnerId)).length)),
    0,
  );
  const labelW = Math.max(longestName * 7.2, textWidth(w.total, 12), 60) + 16;
  const colW =
    Math.max(
      ...footer.map((f) => textWidth(f, 11)),
      ...levelLabels.map((l) => textWidth(l, 12)),
      100,
    ) + 16;
  const legendW = textWidth(w.legendCell, 12) + textWidth(w.legendMissing, 12) + 120;
  const width = PAD * 2 + Math.max(labelW + 3 * colW, legendW);
  const x0 = PAD + labelW;

  const pMissing = `${o.id}-missing`;
  const defs = hatch(pMissing, "#FFFFFF", "#BBBBBB");

  const parts: string[] = [];
  let y = 26;
  parts.push(label(PAD, y, w.coverageTitle, 'font-size="16" font-weight="bold"'));
  if (!hasAmbition) {
    y += 18;
    parts.push(label(PAD, y, `(${w.noAmbition})`, `font-style="italic" fill="${c.grey}"`));
  }
  y += 24;
  // Legend
  parts.push(
    `<rect x="${PAD}" y="${num(y - 13)}" width="36" height="18" fill="#FFFFFF" stroke="${c.black}" stroke-width="0.75"/>`,
    label(PAD + 18, y, hasAmbition ? "1/2" : "2", 'text-anchor="middle"'),
    label(PAD + 44, y, hasAmbition ? w.legendCell : w.legendCellNoAmbition, ""),
  );
  const lx = PAD + 60 + textWidth(hasAmbition ? w.legendCell : w.legendCellNoAmbition, 12);
  parts.push(
    `<rect x="${num(lx)}" y="${num(y - 13)}" width="36" height="18" fill="url(#${pMissing})" stroke="${c.grey}" stroke-dasharray="3 2"/>`,
    label(lx + 18, y, "–", 'text-anchor="middle"'),
    label(lx + 44, y, w.legendMissing, ""),
  );
  y += 30;
  for (const [i, l] of levelLabels.entries()) {
    parts.push(label(x0 + colW * i + colW / 2, y, l, 'text-anchor="middle" font-weight="bold"'));
  }
  y += 8;
  const rowH = 24;
  const summary: string[] = [];
  for (const [r, p] of coverage.partners.entries()) {
    const top = y + r * rowH;
    const cells: string[] = [];
    for (const [i, l] of NIVEAUS.entries()) {
      const cell = p.byNiveau[l];
      const x = x0 + colW * i + 4;
      const cw = colW - 8;
      const cx = x + cw / 2;
      if (!cell.articulated) {
        cells.push(
          `<g class="cell missing" data-niveau="${l}"><rect x="${num(x)}" y="${num(top + 2)}" width="${num(cw)}" height="${rowH - 4}" fill="url(#${pMissing})" stroke="${c.grey}" stroke-dasharray="3 2"/>`,
          label(
            cx,
            top + 16,
            `– ${w.missing}`,
            `text-anchor="middle" font-style="italic" fill="#444444"`,
          ),
          "</g>",
        );
        continue;
      }
      const share = cell.served ?? 0;
      const text =
        cell.served === null
          ? `${cell.belangenTotal}`
          : `${cell.belangenServed}/${cell.belangenTotal}`;
      cells.push(
        `<g class="cell known" data-niveau="${l}"><rect x="${num(x)}" y="${num(top + 2)}" width="${num(cw)}" height="${rowH - 4}" fill="#FFFFFF" stroke="${c.black}" stroke-width="0.75"/>`,
        hasAmbition && share > 0
          ? `<rect x="${num(x + 1)}" y="${num(top + rowH - 7)}" width="${num((cw - 2) * share)}" height="4" fill="${c.green}"/>`
          : "",
        label(cx, top + 15, text, 'text-anchor="middle" font-weight="bold"'),
        "</g>",
      );
    }
    parts.push(
      `<g class="partner-row" data-partner="${esc(p.partnerId)}">`,
      label(PAD, top + 16, nameOf(names, p.partnerId), "", NAME_MAX),
      ...cells,
      "</g>",
    );
  }
  y += n * rowH;
  if (n === 0) {
    y += 16;
    parts.push(label(PAD, y, w.noPartners, 'font-style="italic"'));
  }
  y += 6;
  parts.push(
    `<line x1="${PAD}" y1="${num(y)}" x2="${num(x0 + 3 * colW)}" y2="${num(y)}" stroke="${c.black}"/>`,
  );
  y += 18;
  parts.push(label(PAD, y, w.total, 'font-weight="bold"'));
  for (const [i, f] of footer.entries()) {
    parts.push(label(x0 + colW * i + colW / 2, y, f, 'text-anchor="middle" font-size="11"'));
  }
  for (const [i, l] of NIVEAUS.entries()) {
    const k = coverage.byNiveau[l];
    const missing = k.missingPartners.map((id) => nameOf(names, id));
    summary.push(
      `${levelLabels[i]}: ${k.partnersWithBelang}/${k.partnersTotal} ${w.partners} ${w.articulated}` +
        (k.served === null ? "" : `, ${percent(k.served)} ${w.served}`) +
        `; ${w.missing}: ${missing.length === 0 ? w.none : missing.join(", ")}`,
    );
  }
  return svgRoot(
    o.id,
    width,
    y + PAD,
    w.coverageTitle,
    `${summary.join(". ")}.`,
    defs,
    parts.join(""),
  );
}
