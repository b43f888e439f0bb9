import * as z from "zod";
import type { Lang } from "../lang";
import type { ConceptText } from "./bril";

/**
 * The three levels an interest (belang) lives on, from the person to the whole network, in the
 * fixed order every list in the library follows.
 *
 * - `individu`: what it brings the person at the table.
 * - `organisatie`: why their organisation invests time here.
 * - `netwerk`: what the partners create together, for the shared target group or region.
 *
 * @example
 * ```ts
 * NIVEAUS //=> ["individu", "organisatie", "netwerk"]
 * ```
 */
export const NIVEAUS = ["individu", "organisatie", "netwerk"] as const;

/**
 * Schema of one level.
 *
 * @example
 * ```ts
 * NiveauSchema.parse("netwerk") //=> "netwerk"
 * ```
 */
export const NiveauSchema = /* @__PURE__ */ (() => z.enum(NIVEAUS))();

/** One of the three levels: `"individu" | "organisatie" | "netwerk"`. */
export type Niveau = z.infer<typeof NiveauSchema>;

/**
 * Whether a value is one of the three levels.
 *
 * @param value - Any value.
 * @returns `true` when `value` is a {@link Niveau}.
 * @example
 * ```ts
 * isNiveau("organisatie") //=> true
 * isNiveau("regio") //=> false
 * ```
 */
export function isNiveau(value: unknown): value is Niveau {
  return typeof value === "string" && (NIVEAUS as readonly string[]).includes(value);
}

/**
 * Bilingual labels, a one-line description and the facilitator's guiding questions for every
 * level.
 *
 * @example
 * ```ts
 * NIVEAU_TEXT.netwerk.nl.label //=> "Netwerk"
 * NIVEAU_TEXT.individu.en.questions[0] //=> "What does this collaboration bring you personally?"
 * ```
 */
export const NIVEAU_TEXT: { readonly [N in Niveau]: { readonly [L in Lang]: ConceptText } } = {
  individu: {
    nl: {
      label: "Individu",
      description:
        "Wat de samenwerking betekent voor de persoon aan tafel: tijd, rol, werk, gevoel.",
      questions: [
        "Wat levert deze samenwerking jou persoonlijk op?",
        "Wat kost het jou, en wat maakt het de moeite waard?",
      ],
    },
    en: {
      label: "Individual",
      description:
        "What the collaboration means for the person at the table: time, role, work, feelings.",
      questions: [
        "What does this collaboration bring you personally?",
        "What does it cost you, and what makes it worth it?",
      ],
    },
  },
  organisatie: {
    nl: {
      label: "Organisatie",
      description: "Waarom de organisatie achter de partner hier tijd en middelen in steekt.",
      questions: [
        "Waarom investeert je organisatie tijd in dit netwerk?",
        "Wat moet je achteraf aan je organisatie kunnen tonen?",
      ],
    },
    en: {
      label: "Organisation",
      description: "Why the organisation behind the partner spends time and means on this.",
      questions: [
        "Why does your organisation invest time in this network?",
        "What will you need to show your organisation afterwards?",
      ],
    },
  },
  netwerk: {
    nl: {
      label: "Netwerk",
      description:
        "Welke meerwaarde de partners samen creëren, voor hun gedeelde doelgroep of regio.",
      questions: [
        "Welke meerwaarde maken we samen die niemand van ons alleen kan maken?",
        "Voor wie doen we dit uiteindelijk, en merken zij het verschil?",
      ],
    },
    en: {
      label: "Network",
      description:
        "What added value the partners create together, for their shared target group or region.",
      questions: [
        "What added value do we create together that none of us could create alone?",
        "Who do we ultimately do this for, and do they notice the difference?",
      ],
    },
  },
};
