// Dutch function words for language detection. Flemish spoken forms count as Dutch. Articles
// and pronouns that English never uses weigh 2.

import type { DetectionPart } from "../types";

/** The Dutch function words. */
export const detection: DetectionPart = {
  functionWords:
    "de:2 het:2 een:2 ik:2 niet:2 nie:2 geen:2 zijn:2 wordt:2 moet:2 moeten:2 willen:2 " +
    "kunnen:2 zou:2 omdat:2 maar:2 ook:2 naar:2 heb:2 heeft:2 hebben:2 jij:2 gij:2 wij:2 " +
    "onze:2 mijn:2 hun:2 dat die dit wat hoe als want en van je ge we ze zij hij is was wil " +
    "kan nog om te voor met bij uit aan op of ons er da's da samen wel nu heel graag zeker alle " +
    "ipv aub enkel mee meer zonder tussen tijdens sinds zoals elke ieder iedereen niets niks " +
    "alles veel weinig minder beter echt ma di wo do vr za zo",
  spellings:
    "ij oe aa uu ui cht heid$ heden$ iteit$ lijk ieuw ering$ eringen$ tje$ tjes$ ouw kk ^ver ze$",
};
