import type { Lang } from "../lang";

/** @internal The words of the report, per language. */
export interface ReportWords {
  readonly untitled: string;
  readonly reportOf: string;
  readonly contents: string;
  readonly summary: (partners: number, belangen: number, standpunten: number) => string;
  readonly partners: string;
  readonly partner: string;
  readonly organisation: string;
  readonly lenses: string;
  readonly influence: string;
  readonly lensProfile: string;
  readonly lens: string;
  readonly declaredBy: string;
  readonly expressedBy: string;
  readonly missingLenses: string;
  readonly missingExpressed: string;
  readonly manyLenses: string;
  readonly onlyExpressed: string;
  readonly onlyExpressedIntro: string;
  readonly none: string;
  readonly nobody: string;
  readonly coverage: string;
  readonly level: string;
  readonly known: string;
  readonly served: string;
  readonly missingPartners: string;
  readonly balance: string;
  readonly balanceNote: string;
  readonly noAmbitionServed: string;
  readonly belangenOn: (level: string) => string;
  readonly noBelangen: string;
  readonly servedMark: string;
  readonly notServedMark: string;
  readonly positions: string;
  readonly positionsIntro: string;
  readonly noPositions: string;
  readonly classifiedAs: string;
  readonly kind: {
    readonly standpunt: string;
    readonly belang: string;
    readonly onbepaald: string;
  };
  readonly confidence: string;
  readonly cues: string;
  readonly noCues: string;
  readonly parts: string;
  readonly belangenFound: string;
  readonly whyQuestions: string;
  readonly focus: string;
  readonly winWin: string;
  readonly winWinIntro: string;
  readonly stand: string;
  readonly standIntro: string;
  readonly proposal: string;
  readonly reactions: string;
  readonly support: string;
  readonly notYet: string;
  readonly bridging: string;
  readonly divisive: string;
  readonly whyNot: string;
  readonly noReactions: string;
  readonly noneYet: string;
  readonly intersections: string;
  readonly themes: string;
  readonly levels: string;
  readonly score: string;
  readonly noIntersections: string;
  readonly plan: string;
  readonly planIntro: string;
  readonly reached: string;
  readonly notReached: string;
  readonly notReachedNote: string;
  readonly ambition: string;
  readonly noAmbition: string;
  readonly currentText: string;
  readonly revision: string;
  readonly history: string;
  readonly by: string;
  readonly reason: string;
  readonly noReason: string;
  readonly editorial: string;
  readonly created: string;
  readonly textChanged: string;
  readonly before: string;
  readonly after: string;
  readonly themesAdded: string;
  readonly themesRemoved: string;
  readonly belangenAdded: string;
  readonly belangenRemoved: string;
  readonly noChange: string;
  readonly ownership: string;
  readonly share: string;
  readonly endorsed: string;
  readonly notEndorsed: string;
  readonly endorsedEarlier: string;
  readonly chart: string;
  readonly chartsNote: string;
  readonly generatedBy: string;
}

/** @internal The report's words in one language. */
export function reportWords(lang: Lang): ReportWords {
  return lang === "nl"
    ? {
        untitled: "Samenwerking",
        reportOf: "Rapport voor de facilitator",
        contents: "Inhoud",
        summary: (p, b, s) => `${p} partners, ${b} belangen, ${s} standpunten`,
        partners: "Partners",
        partner: "Partner",
        organisation: "Organisatie",
        lenses: "Brillen",
        influence: "Invloed",
        lensProfile: "Brillenprofiel",
        lens: "Bril",
        declaredBy: "Gedragen door",
        expressedBy: "Verwoord door",
        missingLenses: "Brillen die niemand draagt",
        missingExpressed: "Brillen die niemand draagt of verwoordt",
        manyLenses: "Partners met meer dan twee brillen",
        onlyExpressed: "Verwoord maar niet gedragen",
        onlyExpressedIntro:
          "Deze partners spreken vanuit een bril die ze zelf niet noemen; vraag ernaar.",
        none: "geen",
        nobody: "niemand",
        coverage: "Belangen per niveau",
        level: "Niveau",
        known: "Gekend",
        served: "Gediend door de ambitie",
        missingPartners: "Nog niet gekend van",
        balance: "Evenwicht over de drie niveaus",
        balanceNote: "1 = de drie niveaus even goed gekend, 0 = maar één niveau.",
        noAmbitionServed: "geen ambitie",
        belangenOn: (level) => `Belangen op niveau ${level}`,
        noBelangen: "Nog geen belangen gekend.",
        servedMark: "gediend",
        notServedMark: "nog niet gediend",
        positions: "Standpunten en de belangen erachter",
        positionsIntro:
          "Elk standpunt met de woorden die het als standpunt of belang herkenbaar maken (gemarkeerd), en de waaromvragen om naar de belangen af te dalen.",
        noPositions: "Nog geen standpunten.",
        classifiedAs: "Gelezen als",
        kind: { standpunt: "standpunt", belang: "belang", onbepaald: "onbepaald" },
        confidence: "zekerheid",
        cues: "Signaalwoorden",
        noCues: "geen signaalwoorden",
        parts: "Delen",
        belangenFound: "Belangen die erachter gevonden zijn",
        whyQuestions: "Waaromvragen",
        focus: "niveau van het standpunt",
        winWin: "Win-win",
        winWinIntro: "Waar de belangen van verschillende partners elkaar raken, gerangschikt.",
        stand: "Waar staan de partners?",
        standIntro:
          "Hoe de partners op de voorstellen reageren, per bril. Draagvlak is het aandeel 'eens' onder wie eens of oneens is, met een 90%-interval: bij weinig reacties is het breed.",
        proposal: "Voorstel",
        reactions: "eens / oneens / pas",
        support: "Draagvlak (90%-interval)",
        notYet: "Nog niet gereageerd",
        bridging: "Gedragen over alle brillen heen",
        divisive: "Verdelen de tafel",
        whyNot: "Wat achter een 'nee' zit",
        noReactions: "Nog geen voorstellen of reacties.",
        noneYet: "geen",
        intersections: "Raakvlakken",
        themes: "Thema's",
        levels: "Niveaus",
        score: "Score",
        noIntersections: "Nog geen raakvlakken gevonden.",
        plan: "Het plan",
        planIntro: "Een kleine set raakvlakken waarin zo veel mogelijk partners winnen:",
        reached: "Bereikt",
        notReached: "Nog niet bereikt",
        notReachedNote:
          "Hun belangen raken nog die van niemand: hier moet het speelveld vergroot worden.",
        ambition: "Gedeelde ambitie",
        noAmbition: "Er is nog geen gedeelde ambitie.",
        currentText: "Huidige tekst",
        revision: "Revisie",
        history: "Geschiedenis",
        by: "door",
        reason: "Waarom",
        noReason: "geen reden opgegeven",
        editorial: "redactioneel",
        created: "Eerste versie",
        textChanged: "Tekst gewijzigd",
        before: "voor",
        after: "na",
        themesAdded: "Thema's toegevoegd",
        themesRemoved: "Thema's geschrapt",
        belangenAdded: "Belangen toegevoegd",
        belangenRemoved: "Belangen geschrapt",
        noChange: "geen inhoudelijke wijziging",
        ownership: "Eigenaarschap",
        share: "Onderschreven door",
        endorsed: "Onderschrijft de huidige revisie",
        notEndorsed: "Nog niet",
        endorsedEarlier: "Onderschreef een vorige revisie (opnieuw vragen)",
        chart: "Grafiek",
        chartsNote: "De grafieken staan in het HTML-rapport.",
        generatedBy: "Gemaakt met samenwerken",
      }
    : {
        untitled: "Collaboration",
        reportOf: "Facilitator's report",
        contents: "Contents",
        summary: (p, b, s) => `${p} partners, ${b} interests, ${s} positions`,
        partners: "Partners",
        partner: "Partner",
        organisation: "Organisation",
        lenses: "Lenses",
        influence: "Influence",
        lensProfile: "Lens profile",
        lens: "Lens",
        declaredBy: "Declared by",
        expressedBy: "Expressed by",
        missingLenses: "Lenses nobody wears",
        missingExpressed: "Lenses nobody wears or expresses",
        manyLenses: "Partners with more than two lenses",
        onlyExpressed: "Expressed but not declared",
        onlyExpressedIntro:
          "These partners speak from a lens they do not name themselves; ask about it.",
        none: "none",
        nobody: "nobody",
        coverage: "Interests per level",
        level: "Level",
        known: "Known",
        served: "Served by the ambition",
        missingPartners: "Not yet known from",
        balance: "Balance over the three levels",
        balanceNote: "1 = the three levels equally well known, 0 = only one level.",
        noAmbitionServed: "no ambition",
        belangenOn: (level) => `Interests on the level ${level}`,
        noBelangen: "No interests known yet.",
        servedMark: "served",
        notServedMark: "not served yet",
        positions: "Positions and the interests behind them",
        positionsIntro:
          "Each position with the words that mark it as a position or an interest (highlighted), and the why-questions to descend to the interests.",
        noPositions: "No positions yet.",
        classifiedAs: "Read as",
        kind: { standpunt: "position", belang: "interest", onbepaald: "undetermined" },
        confidence: "confidence",
        cues: "Cues",
        noCues: "no cues",
        parts: "Parts",
        belangenFound: "Interests found behind it",
        whyQuestions: "Why-questions",
        focus: "level of the position",
        winWin: "Win-win",
        winWinIntro: "Where the interests of several partners meet, ranked.",
        stand: "Where do the partners stand?",
        standIntro:
          "How the partners react to the proposals, per lens. Support is the share agreeing among those who agree or disagree, with a 90% interval: with few reactions it is wide.",
        proposal: "Proposal",
        reactions: "agree / disagree / pass",
        support: "Support (90% interval)",
        notYet: "Not reacted yet",
        bridging: "Carried across all lenses",
        divisive: "Divide the table",
        whyNot: "What lies behind a 'no'",
        noReactions: "No proposals or reactions yet.",
        noneYet: "none",
        intersections: "Intersections",
        themes: "Themes",
        levels: "Levels",
        score: "Score",
        noIntersections: "No intersections found yet.",
        plan: "The plan",
        planIntro: "A small set of intersections in which as many partners as possible gain:",
        reached: "Reached",
        notReached: "Not reached yet",
        notReachedNote:
          "Their interests meet nobody's yet: here the playing field must be enlarged.",
        ambition: "Shared ambition",
        noAmbition: "There is no shared ambition yet.",
        currentText: "Current text",
        revision: "Revision",
        history: "History",
        by: "by",
        reason: "Why",
        noReason: "no reason given",
        editorial: "editorial",
        created: "First version",
        textChanged: "Text changed",
        before: "before",
        after: "after",
        themesAdded: "Themes added",
        themesRemoved: "Themes removed",
        belangenAdded: "Interests added",
        belangenRemoved: "Interests removed",
        noChange: "no change in content",
        ownership: "Ownership",
        share: "Endorsed by",
        endorsed: "Endorses the current revision",
        notEndorsed: "Not yet",
        endorsedEarlier: "Endorsed an earlier revision (ask again)",
        chart: "Chart",
        chartsNote: "The charts are in the HTML report.",
        generatedBy: "Made with samenwerken",
      };
}
