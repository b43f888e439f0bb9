import type { Lang } from "../lang";

/** @internal The words the charts use, per language. */
export interface ChartWords {
  readonly lensTitle: string;
  readonly lensByLens: string;
  readonly lensByPartner: string;
  readonly declared: string;
  readonly expressed: string;
  readonly notAtTable: string;
  readonly partners: string;
  readonly none: string;
  readonly missingLenses: string;
  readonly coverageTitle: string;
  readonly articulated: string;
  readonly served: string;
  readonly missing: string;
  readonly noAmbition: string;
  readonly legendCell: string;
  readonly legendCellNoAmbition: string;
  readonly legendMissing: string;
  readonly total: string;
  readonly winWinTitle: string;
  readonly meets: string;
  readonly plan: string;
  readonly notReached: string;
  readonly noIntersections: string;
  readonly intersections: string;
  readonly score: string;
  readonly themes: string;
  readonly noPartners: string;
  readonly consensusTitle: string;
  readonly allPartners: string;
  readonly supportLegend: string;
  readonly noTargets: string;
  readonly groupConsensus: string;
  readonly opinionTitle: string;
  readonly tooFewPartners: string;
  readonly group: string;
  readonly quality: string;
}

/** @internal The chart words in one language. */
export function chartWords(lang: Lang): ChartWords {
  return lang === "nl"
    ? {
        lensTitle: "Brillenprofiel",
        lensByLens: "Per bril: aantal partners",
        lensByPartner: "Per partner",
        declared: "gedragen",
        expressed: "verwoord",
        notAtTable: "niet aan tafel",
        partners: "partners",
        none: "geen",
        missingLenses: "Ontbrekende brillen",
        coverageTitle: "Dekking van belangen: partners × niveaus",
        articulated: "gekend",
        served: "gediend",
        missing: "ontbreekt",
        noAmbition: "nog geen gedeelde ambitie",
        legendCell: "gediend / gekende belangen",
        legendCellNoAmbition: "aantal gekende belangen",
        legendMissing: "geen belang gekend op dit niveau",
        total: "Totaal",
        winWinTitle: "Win-win: waar belangen van partners elkaar raken",
        meets: "raakt",
        plan: "plan",
        notReached: "nog niet bereikt",
        noIntersections: "Nog geen raakvlakken gevonden.",
        intersections: "raakvlakken",
        score: "score",
        themes: "thema's",
        noPartners: "Nog geen partners.",
        consensusTitle: "Draagvlak per voorstel en groep",
        allPartners: "Alle partners",
        supportLegend: "stip: geschat draagvlak (aandeel eens); lijn: 90%-interval; 50% gestippeld",
        noTargets: "Nog geen voorstellen of reacties.",
        groupConsensus: "groepsconsensus",
        opinionTitle: "Opiniegroepen: partners die gelijkaardig reageren",
        tooFewPartners: "Te weinig partners om opiniegroepen te vormen.",
        group: "groep",
        quality: "kwaliteit (silhouet)",
      }
    : {
        lensTitle: "Lens profile",
        lensByLens: "Per lens: number of partners",
        lensByPartner: "Per partner",
        declared: "declared",
        expressed: "expressed",
        notAtTable: "not at the table",
        partners: "partners",
        none: "none",
        missingLenses: "Missing lenses",
        coverageTitle: "Interest coverage: partners × levels",
        articulated: "known",
        served: "served",
        missing: "missing",
        noAmbition: "no shared ambition yet",
        legendCell: "served / known interests",
        legendCellNoAmbition: "number of known interests",
        legendMissing: "no interest known on this level",
        total: "Total",
        winWinTitle: "Win-win: where the partners' interests meet",
        meets: "meets",
        plan: "plan",
        notReached: "not reached yet",
        noIntersections: "No intersections found yet.",
        intersections: "intersections",
        score: "score",
        themes: "themes",
        noPartners: "No partners yet.",
        consensusTitle: "Support per proposal and group",
        allPartners: "All partners",
        supportLegend: "dot: estimated support (share agreeing); line: 90% interval; 50% dashed",
        noTargets: "No proposals or reactions yet.",
        groupConsensus: "group consensus",
        opinionTitle: "Opinion groups: partners who react alike",
        tooFewPartners: "Too few partners to form opinion groups.",
        group: "group",
        quality: "quality (silhouette)",
      };
}
