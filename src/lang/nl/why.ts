// Dutch (and Flemish) why-questions: the questions a facilitator asks to descend from a position to the
// interests behind it, per lens and level. `{x}` stands for the position.

import type { WhyPart } from "../types";

/** The Dutch (and Flemish) why-questions. */
export const why: WhyPart = {
  templates: {
    "-": {
      individu:
        "Wat betekent {x} voor jou persoonlijk: wat hoop je ermee te winnen of te vermijden?",
      organisatie:
        "Waarom telt {x} voor je organisatie, en waar moet die vooral op kunnen rekenen?",
      netwerk:
        "Wat zou {x} het netwerk als geheel opleveren, en voor wie doen we het uiteindelijk?",
    },
    utilitair: {
      individu: "Welke tijd, werk of middelen hoop je met {x} voor jezelf te winnen of te sparen?",
      organisatie:
        "Welk tekort of welke kost van je organisatie lost {x} op, en kan dat ook op een andere manier?",
      netwerk:
        "Welke middelen en projecten komen samen binnen bereik met {x}, en wat als we het anders regelen?",
    },
    politiek: {
      individu: "Welke rol, erkenning of invloed staat voor jou op het spel bij {x}?",
      organisatie:
        "Waarom moet je organisatie bij {x} mee aan het stuur zitten of zichtbaar zijn, en wat als dat niet lukt?",
      netwerk:
        "Hoe helpt {x} de partners om samen meer te wegen op wie beslist, en wie krijgt er dan inspraak?",
    },
    zingevend: {
      individu: "Welke overtuiging of waarde maakt {x} voor jou zo belangrijk?",
      organisatie: "Met welke missie of waarden van je organisatie hangt {x} samen?",
      netwerk: "Welk verschil wil je met {x} samen maken voor de mensen om wie het gaat?",
    },
    relationeel: {
      individu:
        "Met wie zoek je via {x} een betere band, en wat heb je nodig om die mensen te vertrouwen?",
      organisatie:
        "Welke relatie van je organisatie met de andere partners moet {x} beschermen of herstellen?",
      netwerk: "Wat zou {x} veranderen aan hoe de partners met elkaar omgaan en elkaar vertrouwen?",
    },
  },
  reference: "dit standpunt",
  mirror: 'Je noemt "{phrase}". ',
  determiners:
    "een ne nen 'n de het onze ons uw hun haar mijn m'n deze dit elke alle geen meer extra twee drie vier vijf",
  adjectiveEnding: "e",
};
