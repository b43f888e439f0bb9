import { checkObject } from "../internal/args";
import { sortedStrings } from "../internal/json";
import type { ConceptVocabulary } from "../lang/types";
import type { Belang } from "../model/belang";
import { NIVEAUS, type Niveau } from "../model/niveau";
import { requireSamenwerking, type Samenwerking } from "../model/samenwerking";
import { type CueLexicon, checkLexicon } from "../statements/lexicon";
import { conceptEngine } from "./concept-engine";
import { sharesTheme, themeIndex, themeVocabulary } from "./themes";

/** Options of {@link interestCoverage}. */
export interface CoverageOptions {
  /**
   * A concept vocabulary (`builtInConcepts` of `samenwerken/concepts`, or an app's own): a
   * belang is then also served when its text evokes a concept the ambition's text evokes (in
   * either language), and the result lists the ambition's `ambitionConcepts`. Without it, only
   * shared themes and named ids count, and no concept is read.
   */
  readonly concepts?: ConceptVocabulary;
  /** An app's concept terms, made by {@link extendLexicon}; read only with `concepts`. */
  readonly lexicon?: CueLexicon;
}

/** Coverage of one level (niveau) over all partners. */
export interface NiveauCoverage {
  /** Number of partners at the table. */
  readonly partnersTotal: number;
  /** Partners with at least one belang on this level. */
  readonly partnersWithBelang: number;
  /** `partnersWithBelang / partnersTotal`, in [0, 1]; `0` when there are no partners. */
  readonly articulation: number;
  /** Partners without a belang on this level (their interest here is still unknown), sorted by id. */
  readonly missingPartners: readonly string[];
  /** Number of belangen on this level. */
  readonly belangenTotal: number;
  /** Of those, the belangen the shared ambition serves; `0` without an ambition. */
  readonly belangenServed: number;
  /**
   * `belangenServed / belangenTotal`, in [0, 1]; `null` when there is no ambition or no belang on
   * this level (nothing to measure).
   */
  readonly served: number | null;
  /**
   * Ids of the belangen on this level that the ambition does not serve, sorted; without an
   * ambition every belang on the level. Always `belangenTotal - belangenServed` long.
   */
  readonly unservedBelangen: readonly string[];
}

/** Coverage of one partner on one level: one cell of the partners × levels matrix. */
export interface PartnerNiveauCoverage {
  /** Whether the partner has at least one belang on this level. */
  readonly articulated: boolean;
  /** Number of the partner's belangen on this level. */
  readonly belangenTotal: number;
  /** Of those, the belangen the ambition serves; `0` without an ambition. */
  readonly belangenServed: number;
  /** `belangenServed / belangenTotal`; `null` when there is no ambition or no belang here. */
  readonly served: number | null;
  /** Ids of the partner's belangen on this level that the ambition does not serve, sorted. */
  readonly unservedBelangen: readonly string[];
}

/** Coverage of one partner over the three levels: one row of the partners × levels matrix. */
export interface PartnerCoverage {
  /** The partner. */
  readonly partnerId: string;
  /** The partner's figures per level. */
  readonly byNiveau: { readonly [N in Niveau]: PartnerNiveauCoverage };
  /** Levels on which the partner has a belang, divided by 3, in [0, 1]. */
  readonly articulation: number;
  /** {@link balance} of the partner's per-level articulation (0 or 1 per level). */
  readonly balance: number;
  /** Number of the partner's belangen on all levels. */
  readonly belangenTotal: number;
  /** Of those, the belangen the ambition serves. */
  readonly belangenServed: number;
  /** `belangenServed / belangenTotal`; `null` without an ambition or without belangen. */
  readonly served: number | null;
}

/** How well the interests of every partner are known and served, per level. */
export interface InterestCoverage {
  /** The figures per level, over all partners. */
  readonly byNiveau: { readonly [N in Niveau]: NiveauCoverage };
  /**
   * How evenly the three levels are articulated, in [0, 1]: the normalised entropy of the
   * per-level articulation. `1` when the three levels are equally covered, `0` when only one
   * level is (or none). See {@link interestCoverage} for the formula.
   */
  readonly balance: number;
  /** One row per partner, sorted by id, for a partners × levels matrix. */
  readonly partners: readonly PartnerCoverage[];
  /** The themes of the ambition the belangen were matched against, sorted; `null` without one. */
  readonly ambitionThemes: readonly string[] | null;
  /**
   * The concepts the ambition's text evokes, sorted (`null` without an ambition or when it has
   * explicit themes): present only when `options.concepts` is given.
   */
  readonly ambitionConcepts?: readonly string[] | null;
}

/** ln 3, written out: no calls at module scope (the package has `sideEffects: false`). */
const LN3 = 1.0986122886681096;

/**
 * Normalised entropy of three non-negative shares: `H(p) / ln 3` with
 * `p_i = a_i / Σa`; 0 when Σa = 0, rounded to 12 decimals so equal shares give exactly 1.
 */
function balanceOf(a: readonly number[]): number {
  let sum = 0;
  for (const x of a) sum += x;
  if (sum <= 0) return 0;
  let h = 0;
  for (const x of a) {
    if (x > 0) {
      const p = x / sum;
      h -= p * Math.log(p);
    }
  }
  return Math.round((h / LN3) * 1e12) / 1e12;
}

interface Cell {
  total: number;
  served: number;
  unserved: string[];
}

function count(cell: Cell, id: string, served: boolean): void {
  cell.total++;
  if (served) cell.served++;
  else cell.unserved.push(id);
}

const emptyCells = (): Record<Niveau, Cell> => ({
  individu: { total: 0, served: 0, unserved: [] },
  organisatie: { total: 0, served: 0, unserved: [] },
  netwerk: { total: 0, served: 0, unserved: [] },
});

/**
 * Interest coverage per level: whose interests are known on each level, which of them the
 * shared ambition serves, who is missing, and how balanced the three levels are.
 *
 * @param samenwerking - A validated collaboration.
 * @param options - `concepts`: a concept vocabulary, so that a belang that meets the ambition
 *   in other words (or in the other language) counts as served; `lexicon` with an app's
 *   concept terms.
 * @returns The figures per level, the balance over the levels, and the same figures per partner.
 * @throws TypeError when `samenwerking` is not an object; {@link SamenwerkingError} with every
 *   problem when it is not a valid collaboration (an object that never passed
 *   {@link parseSamenwerking} is validated first).
 *
 * @remarks
 * - A belang is *served* when it shares a theme with the ambition ({@link themesOf}, with the
 *   collaboration's {@link themeVocabulary}; the ambition's explicit `themes`, or, when it has
 *   none, themes derived from its text) or when the ambition names its id in `belangIds`. With
 *   `options.concepts`, also when the belang's text evokes a concept the ambition's text evokes
 *   ({@link conceptsOf}; belangen and an ambition with explicit themes are matched on those only).
 * - `articulation = partnersWithBelang / partnersTotal` (0 without partners).
 * - `served = belangenServed / belangenTotal`, `null` without an ambition or without belangen.
 * - `balance`: with `a_n` the articulation of level n and `p_n = a_n / (a_individu +
 *   a_organisatie + a_netwerk)`, `balance = −Σ p_n ln p_n / ln 3`; 0 when every `a_n` is 0.
 *   Equal articulation on all three levels gives 1 (whatever its height), one level only gives
 *   0, two equal levels give ln 2 / ln 3 ≈ 0.631. A partner's `balance` uses their own 0/1
 *   articulation per level.
 * - Lists of ids are sorted (code-unit order); `partners` is sorted by id. Belangen whose
 *   partner is not at the table cannot occur: the collaboration is validated first (once per
 *   object). The input is not mutated.
 * - Linear in the number of belangen plus the size of their texts.
 *
 * @example
 * ```ts
 * const c = interestCoverage(exampleSamenwerking());
 * c.byNiveau.individu.missingPartners //=> ["apothekers", "gemeente", "ocmw"]
 * c.byNiveau.netwerk.served //=> 0.75
 * c.byNiveau.netwerk.unservedBelangen //=> ["b-gm-2"]
 * c.balance //=> 0.992215060722
 * c.partners[0]?.byNiveau.organisatie //=> { articulated: true, belangenTotal: 1, belangenServed: 0, served: 0, unservedBelangen: ["b-ap-1"] }
 * ```
 */
export function interestCoverage(
  samenwerking: Samenwerking,
  options: CoverageOptions = {},
): InterestCoverage {
  checkObject("interestCoverage", "options", options);
  const where = "interestCoverage: options.concepts";
  const engine =
    options.concepts === undefined ? undefined : conceptEngine(options.concepts, where);
  const vocabulary = engine?.check(options.concepts, where);
  const lexicon = checkLexicon(options.lexicon, "interestCoverage: options.lexicon");
  samenwerking = requireSamenwerking("interestCoverage", samenwerking);
  const partnerIds = sortedStrings(new Set(samenwerking.partners.map((p) => p.id)));
  const ambition = samenwerking.ambition;
  const index = ambition === undefined ? null : themeIndex(samenwerking);
  const ambitionThemes = index?.ambition ?? null;
  const named = new Set(ambition?.belangIds ?? []);
  // With a vocabulary: the concepts of the ambition's text, and of each belang's when needed.
  let ambitionConcepts: ReadonlySet<string> | null = null;
  let conceptsOf: ((text: string) => readonly string[]) | undefined;
  if (engine !== undefined && vocabulary !== undefined && ambition !== undefined) {
    // The collaboration's words, as the theme index has them (themeVocabulary would read every
    // text again).
    const known = index?.vocabulary ?? themeVocabulary(samenwerking);
    const read = (text: string): string[] =>
      engine
        .conceptsOf(text, { vocabulary, known, ...(lexicon === undefined ? {} : { lexicon }) })
        .map((c) => c.concept);
    conceptsOf = read;
    if (ambition.themes.length === 0) ambitionConcepts = new Set(read(ambition.text));
  }

  const level = emptyCells();
  const perPartner = new Map<string, Record<Niveau, Cell>>();
  for (const id of partnerIds) perPartner.set(id, emptyCells());
  const belangen = samenwerking.belangen;
  for (let i = 0; i < belangen.length; i++) {
    const b = belangen[i] as Belang;
    const themes = index?.byBelang[i];
    const served =
      ambitionThemes !== null &&
      (named.has(b.id) ||
        (themes !== undefined && sharesTheme(themes, ambitionThemes)) ||
        (ambitionConcepts !== null &&
          ambitionConcepts.size > 0 &&
          conceptsOf !== undefined &&
          (b.themes === undefined || b.themes.length === 0) &&
          conceptsOf(b.text).some((c) => ambitionConcepts?.has(c))));
    count(level[b.niveau], b.id, served);
    const own = perPartner.get(b.partnerId)?.[b.niveau];
    if (own !== undefined) count(own, b.id, served);
  }
  // Ids in code-unit order (the default sort of strings), whatever the input order.
  for (const n of NIVEAUS) level[n].unserved.sort();
  for (const cells of perPartner.values()) for (const n of NIVEAUS) cells[n].unserved.sort();

  const hasAmbition = ambition !== undefined;
  const share = (served: number, total: number): number | null =>
    !hasAmbition || total === 0 ? null : served / total;
  const nPartners = partnerIds.length;
  const partners: PartnerCoverage[] = [];
  const withBelang: Record<Niveau, string[]> = { individu: [], organisatie: [], netwerk: [] };
  const missing: Record<Niveau, string[]> = { individu: [], organisatie: [], netwerk: [] };
  for (const id of partnerIds) {
    const cells = perPartner.get(id) as Record<Niveau, Cell>;
    let total = 0;
    let served = 0;
    let levels = 0;
    const row = {} as Record<Niveau, PartnerNiveauCoverage>;
    for (const n of NIVEAUS) {
      const c = cells[n];
      const articulated = c.total > 0;
      (articulated ? withBelang : missing)[n].push(id);
      if (articulated) levels++;
      total += c.total;
      served += c.served;
      row[n] = {
        articulated,
        belangenTotal: c.total,
        belangenServed: c.served,
        served: share(c.served, c.total),
        unservedBelangen: c.unserved,
      };
    }
    partners.push({
      partnerId: id,
      byNiveau: row,
      articulation: levels / 3,
      balance: balanceOf(NIVEAUS.map((n) => (cells[n].total > 0 ? 1 : 0))),
      belangenTotal: total,
      belangenServed: served,
      served: share(served, total),
    });
  }

  const byNiveau = {} as Record<Niveau, NiveauCoverage>;
  for (const n of NIVEAUS) {
    const c = level[n];
    byNiveau[n] = {
      partnersTotal: nPartners,
      partnersWithBelang: withBelang[n].length,
      articulation: nPartners === 0 ? 0 : withBelang[n].length / nPartners,
      missingPartners: missing[n],
      belangenTotal: c.total,
      belangenServed: c.served,
      served: share(c.served, c.total),
      unservedBelangen: c.unserved,
    };
  }
  return {
    byNiveau,
    balance: balanceOf(NIVEAUS.map((n) => byNiveau[n].articulation)),
    partners,
    ambitionThemes: ambitionThemes === null ? null : [...ambitionThemes],
    ...(engine === undefined
      ? {}
      : { ambitionConcepts: ambitionConcepts === null ? null : sortedStrings(ambitionConcepts) }),
  };
}
