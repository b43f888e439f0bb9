// Dutch labels of the model's concepts: every lens and level with a one-line description
// and the guiding questions a facilitator asks about it.

import type { LabelsPart } from "../types";

/** The Dutch labels of lenses and levels. */
export const labels: LabelsPart = {
  brillen: {
    utilitair: {
      label: "Utilitaire bril",
      description:
        "Kijkt naar de opbrengst: middelen, tijd, geld en de projecten die samen haalbaar worden.",
      questions: [
        "Wat levert deze samenwerking jou en je organisatie concreet op?",
        "Welke projecten worden pas mogelijk als we onze middelen bundelen?",
        "Welke inzet (tijd, mensen, budget) vraagt het, en weegt die op tegen wat het oplevert?",
      ],
    },
    politiek: {
      label: "Politieke bril",
      description:
        "Kijkt naar macht en invloed: wie beslist, wie gehoord wordt en hoe die invloed goed in te zetten.",
      questions: [
        "Wie beslist er mee over deze samenwerking, en wie niet?",
        "Welke invloed breng je mee, en hoe kan die het netwerk vooruit helpen?",
        "Wiens erkenning of mandaat heb je nodig om hier te kunnen instappen?",
      ],
    },
    zingevend: {
      label: "Zingevende bril",
      description:
        "Kijkt naar visie en waarden: waar we samen in geloven en welke maatschappelijke meerwaarde we maken.",
      questions: [
        "Welke waarden drijven jou en je organisatie in dit verhaal?",
        "Welk verschil willen we samen maken voor de mensen om wie het gaat?",
        "Waar zou je nooit aan willen toegeven, en waarom?",
      ],
    },
    relationeel: {
      label: "Relationele bril",
      description:
        "Kijkt naar relaties en vertrouwen: hoe partners met elkaar omgaan en hoe verbinding groeit.",
      questions: [
        "Hoe ervaar je de contacten met de andere partners vandaag?",
        "Wat heb je nodig om de anderen te kunnen vertrouwen?",
        "Wat kunnen we doen om elkaar beter te leren kennen?",
      ],
    },
  },
  niveaus: {
    individu: {
      label: "Individu",
      description:
        "Wat de samenwerking betekent voor de persoon aan tafel: tijd, rol, werk, gevoel.",
      questions: [
        "Wat levert deze samenwerking jou persoonlijk op?",
        "Wat kost het jou, en wat maakt het de moeite waard?",
      ],
    },
    organisatie: {
      label: "Organisatie",
      description: "Waarom de organisatie achter de partner hier tijd en middelen in steekt.",
      questions: [
        "Waarom investeert je organisatie tijd in dit netwerk?",
        "Wat moet je achteraf aan je organisatie kunnen tonen?",
      ],
    },
    netwerk: {
      label: "Netwerk",
      description:
        "Welke meerwaarde de partners samen creëren, voor hun gedeelde doelgroep of regio.",
      questions: [
        "Welke meerwaarde maken we samen die niemand van ons alleen kan maken?",
        "Voor wie doen we dit uiteindelijk, en merken zij het verschil?",
      ],
    },
  },
};
