import { isLang, LANGS, type Lang, langList } from "../lang";

// Small, dependency-free helpers to write SVG text. Nothing here runs at module load.

/** Options shared by every chart. */
export interface ChartOptions {
  /** Language of the labels: `"nl"` (default) or `"en"`. */
  readonly lang?: Lang;
  /**
   * Display names per partner id, used when a chart is drawn from an analysis result (which
   * holds ids only). Ignored for a `Samenwerking`, whose partners carry their names. Partners
   * without a name here are shown by id. A `Map` works too.
   */
  readonly names?: Readonly<Record<string, string>> | ReadonlyMap<string, string>;
  /**
   * Prefix of the `id` attributes inside the SVG (title, description, patterns), so several
   * charts of one kind can live in one HTML page. Letters, digits, `-` and `_`, starting with a
   * letter; each chart has its own default.
   */
  readonly idPrefix?: string;
}

/** @internal Resolved common options. */
export interface Resolved {
  readonly lang: Lang;
  readonly names: ReadonlyMap<string, string>;
  readonly id: string;
}

/** @internal Checks and resolves the options shared by every chart. */
export function resolveChartOptions(
  fn: string,
  options: ChartOptions | undefined,
  defaultPrefix: string,
): Resolved {
  const o = options ?? {};
  if (typeof o !== "object" || o === null || Array.isArray(o)) {
    throw new TypeError(`${fn}: options must be an object`);
  }
  const lang = o.lang ?? LANGS[0];
  if (!isLang(lang)) {
    throw new RangeError(`${fn}: option "lang" must be ${langList()}, got ${JSON.stringify(lang)}`);
  }
  const id = o.idPrefix ?? defaultPrefix;
  if (typeof id !== "string" || !/^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(id)) {
    throw new RangeError(
      `${fn}: option "idPrefix" must start with a letter and hold only letters, digits, "-" and "_" (at most 64), got ${JSON.stringify(id)}`,
    );
  }
  return { lang, names: namesMap(fn, o.names), id };
}

/** The names option as a map; only string names count. */
function namesMap(
  fn: string,
  names: Readonly<Record<string, string>> | ReadonlyMap<string, string> | undefined,
): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  if (names === undefined) return out;
  if (typeof names !== "object" || names === null || Array.isArray(names)) {
    throw new TypeError(`${fn}: option "names" must be an object of partner id → name`);
  }
  const entries: Iterable<[string, unknown]> =
    names instanceof Map ? names.entries() : Object.entries(names);
  for (const [id, name] of entries) if (typeof name === "string") out.set(id, name);
  return out;
}

/** @internal Escapes text for XML and HTML content and attribute values. */
export function esc(text: string): string {
  let out = "";
  for (const ch of text) {
    switch (ch) {
      case "&":
        out += "&amp;";
        break;
      case "<":
        out += "&lt;";
        break;
      case ">":
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case "'":
        out += "&#39;";
        break;
      default: {
        const c = ch.codePointAt(0) as number;
        // Control characters are not allowed in XML 1.0; show them as a space.
        out +=
          (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff
            ? " "
            : ch;
      }
    }
  }
  return out;
}

/** @internal A number for an SVG attribute: at most two decimals, never `-0`. */
export function num(x: number): string {
  const r = Math.round(x * 100) / 100;
  return Object.is(r, -0) ? "0" : String(r);
}

/** @internal Shortens a label to `max` characters (code points), ending with an ellipsis. */
export function truncate(
  text: string,
  max: number,
): { readonly text: string; readonly cut: boolean } {
  const flat = text.replace(/\s+/g, " ").trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return { text: flat, cut: false };
  return {
    text: `${chars
      .slice(0, Math.max(1, max - 1))
      .join("")
      .trimEnd()}…`,
    cut: true,
  };
}

/** @internal Rough width of a label in px, for layout (about 0.6 em per character). */
export function textWidth(text: string, fontSize: number): number {
  return Array.from(text).length * fontSize * 0.6;
}

/** @internal The Okabe-Ito palette, safe for the common forms of colour blindness. */
export function palette(): {
  readonly orange: string;
  readonly sky: string;
  readonly green: string;
  readonly yellow: string;
  readonly blue: string;
  readonly vermillion: string;
  readonly purple: string;
  readonly black: string;
  readonly grey: string;
  readonly light: string;
} {
  return {
    orange: "#E69F00",
    sky: "#56B4E9",
    green: "#009E73",
    yellow: "#F0E442",
    blue: "#0072B2",
    vermillion: "#D55E00",
    purple: "#CC79A7",
    black: "#000000",
    grey: "#6E6E6E",
    light: "#F2F2F2",
  };
}

/** @internal The font stack used by every chart. */
export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/**
 * @internal A text element; a label that had to be shortened carries its full text in a
 * `<title>` child (a tooltip).
 */
export function label(
  x: number,
  y: number,
  text: string,
  attrs: string,
  max = Number.POSITIVE_INFINITY,
): string {
  const t = truncate(text, max);
  const tip = t.cut ? `<title>${esc(text)}</title>` : "";
  return `<text x="${num(x)}" y="${num(y)}"${attrs === "" ? "" : ` ${attrs}`}>${tip}${esc(t.text)}</text>`;
}

/**
 * @internal Wraps chart content in a standalone, accessible `<svg>` root: `role="img"`, named by
 * its `<title>` (`aria-labelledby`) and described by its `<desc>` (`aria-describedby`).
 */
export function svgRoot(
  id: string,
  width: number,
  height: number,
  title: string,
  desc: string,
  defs: string,
  body: string,
): string {
  const w = num(Math.ceil(width));
  const h = num(Math.ceil(height));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"` +
    ` role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc" font-family="${esc(FONT)}" font-size="12">` +
    `<title id="${id}-title">${esc(title)}</title>` +
    `<desc id="${id}-desc">${esc(desc)}</desc>` +
    (defs === "" ? "" : `<defs>${defs}</defs>`) +
    `<rect width="${w}" height="${h}" fill="#FFFFFF"/>` +
    body +
    "</svg>"
  );
}

/** @internal A diagonal hatch pattern over a fill colour, so the fill is not colour alone. */
export function hatch(id: string, fill: string, stroke: string): string {
  return (
    `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="${fill}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${stroke}" stroke-width="2"/>` +
    "</pattern>"
  );
}

/** @internal Display name of a partner id (a map: an id such as `__proto__` is just a key). */
export function nameOf(names: ReadonlyMap<string, string>, id: string): string {
  const n = names.get(id);
  return typeof n === "string" && n.trim() !== "" ? n : id;
}

/** @internal The largest of some numbers, and `floor` when there are none; no spread, any length. */
export function maxOf(values: Iterable<number>, floor = Number.NEGATIVE_INFINITY): number {
  let m = floor;
  for (const v of values) if (v > m) m = v;
  return m;
}

/** @internal The smallest of some numbers, and `ceiling` when there are none; no spread. */
export function minOf(values: Iterable<number>, ceiling = Number.POSITIVE_INFINITY): number {
  let m = ceiling;
  for (const v of values) if (v < m) m = v;
  return m;
}

/** @internal Formats a share in [0, 1] as a whole percentage. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
