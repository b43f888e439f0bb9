import { type LensProfile, lensProfile } from "../analyses/lens-profile";
import { checkObject } from "../internal/args";
import { BRIL_TEXT, BRILLEN } from "../model/bril";
import type { Samenwerking } from "../model/samenwerking";
import {
  type ChartOptions,
  esc,
  hatch,
  label,
  maxOf,
  nameOf,
  num,
  palette,
  resolveChartOptions,
  svgRoot,
  textWidth,
} from "./svg";
import { chartWords } from "./text";

/** Options of {@link lensProfileChart}. */
export interface LensProfileChartOptions extends ChartOptions {
  /**
   * What to draw: `"lenses"` (per lens, how many partners declare and express it),
   * `"partners"` (per partner, which lenses they declare and express) or `"both"` (default).
   */
  readonly show?: "both" | "lenses" | "partners";
}

const PAD = 16;
const NAME_MAX = 28;

/** @internal Names per partner id, from the collaboration or the options. */
export function partnerNames(
  input: object,
  names: ReadonlyMap<string, string>,
): ReadonlyMap<string, string> {
  if (!isSamenwerkingInput(input)) return names;
  const out = new Map<string, string>();
  for (const p of (input as Samenwerking).partners) out.set(p.id, p.name);
  return out;
}

/** @internal Whether a chart's input is a collaboration (rather than an analysis result). */
export function isSamenwerkingInput(input: object): boolean {
  return "partners" in input && "belangen" in input && "standpunten" in input;
}

/**
 * Draws the lens profile of a collaboration as a standalone SVG: per lens how many partners
 * declare it (wear it) and how many express it in their statements, and per partner which
 * lenses they declare and express.
 *
 * @param input - A validated {@link Samenwerking} (the profile is computed with
 *   {@link lensProfile}), or a {@link LensProfile} you computed already (then pass partner
 *   names in `options.names`, else ids are shown).
 * @param options - `lang` of the labels (`"nl"` by default), `show` (`"both"` by default),
 *   `names`, `idPrefix` (`"sw-lens"` by default).
 * @returns An SVG document as a string, with `role="img"`, a `<title>` and a `<desc>` that sums
 *   the chart up in words.
 * @throws RangeError when `lang`, `show` or `idPrefix` is not one of the allowed values.
 *
 * @remarks
 * Declared is drawn as a solid blue square or bar, expressed as an orange hatched circle or
 * bar, and every bar carries its number in text, so no meaning rests on colour alone (the
 * colours are from the Okabe-Ito palette). Lenses follow {@link BRILLEN} order, partners are
 * sorted by id. The size follows from the number of partners; names longer than 28 characters
 * are shortened with an ellipsis and keep their full text in a `<title>`. The output is
 * deterministic: equal input gives a byte-identical string. The input is not mutated.
 *
 * @example
 * ```ts
 * const svg = lensProfileChart(exampleSamenwerking(), { lang: "en" });
 * svg.startsWith("<svg") //=> true
 * svg.includes("Relational lens") //=> true
 * ```
 */
export function lensProfileChart(
  input: Samenwerking | LensProfile,
  options?: LensProfileChartOptions,
): string {
  checkObject("lensProfileChart", "input", input, "a collaboration or a lens profile");
  const o = resolveChartOptions("lensProfileChart", options, "sw-lens");
  const show = options?.show ?? "both";
  if (show !== "both" && show !== "lenses" && show !== "partners") {
    throw new RangeError(
      `lensProfileChart: option "show" must be "both", "lenses" or "partners", got ${JSON.stringify(show)}`,
    );
  }
  const profile = isSamenwerkingInput(input)
    ? lensProfile(input as Samenwerking)
    : (input as LensProfile);
  const names = partnerNames(input, o.names);
  const w = chartWords(o.lang);
  const c = palette();
  const n = profile.partners.length;
  const lensLabels = BRILLEN.map((b) => BRIL_TEXT[b][o.lang].label);

  const longestName = maxOf(
    profile.partners.map((p) => Math.min(NAME_MAX, Array.from(nameOf(names, p.partnerId)).length)),
    0,
  );
  const labelW = Math.max(...lensLabels.map((l) => textWidth(l, 12)), longestName * 7.2, 60) + 12;
  const colW = Math.max(...lensLabels.map((l) => textWidth(l, 12))) + 16;
  const contentW = Math.max(4 * colW, 380);
  const barMax = contentW - 150;
  const width = PAD * 2 + labelW + contentW;
  const x0 = PAD + labelW;

  const pDeclared = `${o.id}-declared`;
  const pExpressed = `${o.id}-expressed`;
  const defs = hatch(pExpressed, c.orange, "#FFFFFF") + hatch(pDeclared, c.blue, c.blue);

  const parts: string[] = [];
  let y = 26;
  parts.push(label(PAD, y, w.lensTitle, 'font-size="16" font-weight="bold"'));
  y += 22;
  // Legend: shape and fill, with words.
  parts.push(
    `<rect x="${PAD}" y="${num(y - 10)}" width="12" height="12" fill="${c.blue}" stroke="${c.black}" stroke-width="0.5"/>`,
    label(PAD + 18, y, w.declared, ""),
    `<circle cx="${num(PAD + 136)}" cy="${num(y - 4)}" r="6" fill="url(#${pExpressed})" stroke="${c.black}" stroke-width="1"/>`,
    label(PAD + 148, y, w.expressed, ""),
  );
  y += 14;

  const summary: string[] = [];
  for (const [i, b] of BRILLEN.entries()) {
    const d = profile.byBril[b].length;
    const e = profile.expressedByBril[b].length;
    summary.push(`${lensLabels[i]}: ${d} ${w.declared}, ${e} ${w.expressed}`);
  }
  const missing = profile.missing.map((b) => BRIL_TEXT[b][o.lang].label);
  summary.push(`${w.missingLenses}: ${missing.length === 0 ? w.none : missing.join(", ")}`);

  if (show !== "partners") {
    y += 18;
    parts.push(label(PAD, y, w.lensByLens, 'font-weight="bold"'));
    y += 8;
    const scale = (k: number): number => (n === 0 ? 0 : (k / n) * barMax);
    const rowsTop = y;
    for (const [i, b] of BRILLEN.entries()) {
      const d = profile.byBril[b].length;
      const e = profile.expressedByBril[b].length;
      const top = y + 6;
      parts.push(
        `<g class="lens-row" data-bril="${b}">`,
        label(PAD, top + 20, lensLabels[i] as string, 'font-weight="bold"'),
        `<rect x="${num(x0)}" y="${num(top + 2)}" width="${num(scale(d))}" height="13" fill="url(#${pDeclared})" stroke="${c.black}" stroke-width="${d === 0 ? 0 : 0.5}"/>`,
        label(
          x0 + scale(d) + 6,
          top + 13,
          `■ ${d} ${w.declared}${d === 0 ? ` (${w.notAtTable})` : ""}`,
          d === 0 ? `font-style="italic" fill="${c.vermillion}"` : "",
        ),
        `<rect x="${num(x0)}" y="${num(top + 18)}" width="${num(scale(e))}" height="13" fill="url(#${pExpressed})" stroke="${c.black}" stroke-width="${e === 0 ? 0 : 0.5}"/>`,
        label(x0 + scale(e) + 6, top + 29, `● ${e} ${w.expressed}`, ""),
        "</g>",
      );
      y = top + 36;
    }
    // The axis: zero line and "n partners".
    parts.push(
      `<line x1="${num(x0)}" y1="${num(rowsTop + 4)}" x2="${num(x0)}" y2="${num(y)}" stroke="${c.grey}"/>`,
      label(x0 + barMax, y + 12, `${n} ${w.partners}`, `text-anchor="end" fill="${c.grey}"`),
    );
    y += 14;
  }

  if (show !== "lenses") {
    y += 24;
    parts.push(label(PAD, y, w.lensByPartner, 'font-weight="bold"'));
    y += 20;
    for (const [i, l] of lensLabels.entries()) {
      parts.push(label(x0 + colW * i + colW / 2, y, l, 'text-anchor="middle" font-weight="bold"'));
    }
    y += 8;
    const rowH = 20;
    for (const [r, p] of profile.partners.entries()) {
      const top = y + r * rowH;
      const name = nameOf(names, p.partnerId);
      const cells: string[] = [];
      for (const [i, b] of BRILLEN.entries()) {
        const cx = x0 + colW * i + colW / 2;
        const cy = top + rowH / 2;
        if (p.declared.includes(b)) {
          cells.push(
            `<rect x="${num(cx - 15)}" y="${num(cy - 5)}" width="10" height="10" fill="${c.blue}" stroke="${c.black}" stroke-width="0.5"><title>${esc(`${lensLabels[i]}: ${w.declared}`)}</title></rect>`,
          );
        }
        if (p.expressed.includes(b)) {
          cells.push(
            `<circle cx="${num(cx + 9)}" cy="${num(cy)}" r="5.5" fill="url(#${pExpressed})" stroke="${c.black}" stroke-width="1"><title>${esc(`${lensLabels[i]}: ${w.expressed}`)}</title></circle>`,
          );
        }
      }
      parts.push(
        `<g class="partner-row" data-partner="${esc(p.partnerId)}">`,
        r % 2 === 0
          ? `<rect x="${PAD}" y="${num(top)}" width="${num(width - 2 * PAD)}" height="${rowH}" fill="${c.light}"/>`
          : "",
        label(PAD + 4, top + 14, name, "", NAME_MAX),
        ...cells,
        "</g>",
      );
    }
    for (let i = 1; i < 4; i++) {
      const x = x0 + colW * i;
      parts.push(
        `<line x1="${num(x)}" y1="${num(y)}" x2="${num(x)}" y2="${num(y + n * rowH)}" stroke="#CCCCCC"/>`,
      );
    }
    y += n * rowH;
    if (n === 0) {
      y += 16;
      parts.push(label(PAD, y, w.noPartners, 'font-style="italic"'));
    }
  }

  return svgRoot(o.id, width, y + PAD, w.lensTitle, `${summary.join(". ")}.`, defs, parts.join(""));
}
