import { compareStrings, sortedStrings } from "../internal/json";
import { BRILLEN, type Bril } from "../model/bril";
import { requireSamenwerking, type Samenwerking } from "../model/samenwerking";
import { detectBrillen } from "../statements/detect-bril";

/** The lenses of one partner: declared (worn) and expressed (heard in their statements). */
export interface PartnerLenses {
  /** The partner. */
  readonly partnerId: string;
  /** The lenses the partner declares (their `brillen`), in {@link BRILLEN} order. */
  readonly declared: readonly Bril[];
  /**
   * The lenses the partner's standpunten and belangen express, in {@link BRILLEN} order. See
   * {@link lensProfile} for when a lens counts as expressed.
   */
  readonly expressed: readonly Bril[];
  /** Declared but not expressed, in {@link BRILLEN} order. */
  readonly onlyDeclared: readonly Bril[];
  /** Expressed but not declared, in {@link BRILLEN} order: a lens the partner may not be aware of. */
  readonly onlyExpressed: readonly Bril[];
  /** Per lens, how many of the partner's statements express it. */
  readonly expressedCounts: { readonly [B in Bril]: number };
  /** How many statements (standpunten plus belangen) of the partner were read. */
  readonly statements: number;
}

/** Which lenses are at the table, which are missing, declared versus expressed. */
export interface LensProfile {
  /** Per lens, the partners who declare it, sorted by id. */
  readonly byBril: { readonly [B in Bril]: readonly string[] };
  /** Lenses no partner declares, in {@link BRILLEN} order. */
  readonly missing: readonly Bril[];
  /** Partners who declare more than two lenses, sorted by id. */
  readonly manyBrillen: readonly string[];
  /** Per lens, the partners whose statements express it, sorted by id. */
  readonly expressedByBril: { readonly [B in Bril]: readonly string[] };
  /** Lenses no partner declares nor expresses, in {@link BRILLEN} order. */
  readonly missingExpressed: readonly Bril[];
  /** One entry per partner, sorted by id. */
  readonly partners: readonly PartnerLenses[];
}

const emptyByBril = <T>(make: () => T): Record<Bril, T> => ({
  utilitair: make(),
  politiek: make(),
  zingevend: make(),
  relationeel: make(),
});

/** The lenses a text expresses: those with the highest score, when that score is above 0. */
function expressedIn(text: string): Bril[] {
  const { ranked } = detectBrillen(text);
  const top = ranked[0]?.score ?? 0;
  if (!(top > 0)) return [];
  return ranked.filter((s) => s.score === top).map((s) => s.bril);
}

/**
 * The lens profile of a collaboration: per lens the partners wearing it, the lenses missing at
 * the table, the partners wearing more than two, and per partner the declared lenses beside
 * the ones their statements express.
 *
 * @param samenwerking - A validated collaboration.
 * @returns The profile; see {@link LensProfile}.
 * @throws TypeError when `samenwerking` is not an object; {@link SamenwerkingError} with every
 *   problem when it is not a valid collaboration (an object that never passed
 *   {@link parseSamenwerking} is validated first).
 *
 * @remarks
 * - *Expressed*: each standpunt and belang text of a partner is read with
 *   {@link detectBrillen}; the lens with the highest score expresses it when that score is above
 *   0 (every lens tied at the top counts). A belang's explicit `bril` counts as expressed too
 *   (once for that belang, also when the text points to the same lens). A partner without
 *   statements expresses nothing: then `onlyDeclared` equals `declared`.
 * - Lenses are listed in {@link BRILLEN} order, partner ids in code-unit order; `partners` is
 *   sorted by id. The collaboration is validated first (once per object). The input is not mutated.
 * - Linear in the total length of the texts.
 *
 * @example
 * ```ts
 * const p = lensProfile({
 *   partners: [
 *     { id: "ocmw", name: "OCMW", brillen: ["zingevend", "relationeel"] },
 *     { id: "stad", name: "Stad", brillen: ["politiek"] },
 *   ],
 *   belangen: [{ id: "b1", partnerId: "stad", niveau: "organisatie", text: "We hebben meer budget nodig voor personeel." }],
 *   standpunten: [],
 * });
 * p.missing //=> ["utilitair"]
 * p.partners[1] //=> { partnerId: "stad", declared: ["politiek"], expressed: ["utilitair"], onlyDeclared: ["politiek"], onlyExpressed: ["utilitair"], expressedCounts: { utilitair: 1, politiek: 0, zingevend: 0, relationeel: 0 }, statements: 1 }
 * ```
 */
export function lensProfile(samenwerking: Samenwerking): LensProfile {
  samenwerking = requireSamenwerking("lensProfile", samenwerking);
  const partners = [...samenwerking.partners].sort((a, b) => compareStrings(a.id, b.id));
  const known = new Set(partners.map((p) => p.id));
  const counts = new Map<string, Record<Bril, number>>();
  const statements = new Map<string, number>();
  for (const id of known) {
    counts.set(
      id,
      emptyByBril(() => 0),
    );
    statements.set(id, 0);
  }
  const note = (partnerId: string, lenses: Iterable<Bril>): void => {
    const c = counts.get(partnerId);
    if (c === undefined) return;
    statements.set(partnerId, (statements.get(partnerId) ?? 0) + 1);
    for (const b of lenses) c[b]++;
  };
  for (const s of samenwerking.standpunten) {
    if (known.has(s.partnerId)) note(s.partnerId, expressedIn(s.text));
  }
  for (const b of samenwerking.belangen) {
    if (!known.has(b.partnerId)) continue;
    const lenses = new Set(expressedIn(b.text));
    if (b.bril !== undefined) lenses.add(b.bril);
    note(b.partnerId, lenses);
  }

  const byBril = emptyByBril<string[]>(() => []);
  const expressedByBril = emptyByBril<string[]>(() => []);
  const manyBrillen: string[] = [];
  const rows: PartnerLenses[] = [];
  for (const p of partners) {
    const declaredSet = new Set(p.brillen);
    const c = counts.get(p.id) as Record<Bril, number>;
    const declared = BRILLEN.filter((b) => declaredSet.has(b));
    const expressed = BRILLEN.filter((b) => c[b] > 0);
    for (const b of declared) byBril[b].push(p.id);
    for (const b of expressed) expressedByBril[b].push(p.id);
    if (declared.length > 2) manyBrillen.push(p.id);
    rows.push({
      partnerId: p.id,
      declared,
      expressed,
      onlyDeclared: declared.filter((b) => c[b] === 0),
      onlyExpressed: expressed.filter((b) => !declaredSet.has(b)),
      expressedCounts: { ...c },
      statements: statements.get(p.id) ?? 0,
    });
  }
  return {
    byBril,
    missing: BRILLEN.filter((b) => byBril[b].length === 0),
    manyBrillen: sortedStrings(manyBrillen),
    expressedByBril,
    missingExpressed: BRILLEN.filter(
      (b) => byBril[b].length === 0 && expressedByBril[b].length === 0,
    ),
    partners: rows,
  };
}
