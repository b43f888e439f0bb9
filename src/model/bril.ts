import * as z from "zod";
import type { Lang } from "../lang";

/**
 * The four lenses (brillen) through which a partner looks at a collaboration, in a fixed order
 * that every list in the library follows.
 *
 * - `utilitair`: yield and resources: what it brings, which projects become possible.
 * - `politiek`: power and influence: who decides, how to use influence well.
 * - `zingevend`: vision and values: what we believe in, the societal value we add.
 * - `relationeel`: relations and trust: how people relate, how to build connection.
 *
 * @example
 * ```ts
 * BRILLEN //=> ["utilitair", "politiek", "zingevend", "relationeel"]
 * ```
 */
export const BRILLEN = ["utilitair", "politiek", "zingevend", "relationeel"] as const;

/**
 * Schema of one lens.
 *
 * @example
 * ```ts
 * BrilSchema.parse("politiek") //=> "politiek"
 * ```
 */
export const BrilSchema = /* @__PURE__ */ (() => z.enum(BRILLEN))();

/** One of the four lenses: `"utilitair" | "politiek" | "zingevend" | "relationeel"`. */
export type Bril = z.infer<typeof BrilSchema>;

/**
 * Whether a value is one of the four lenses.
 *
 * @param value - Any value.
 * @returns `true` when `value` is a {@link Bril}.
 * @example
 * ```ts
 * isBril("zingevend") //=> true
 * isBril("financieel") //=> false
 * ```
 */
export function isBril(value: unknown): value is Bril {
  return typeof value === "string" && (BRILLEN as readonly string[]).includes(value);
}

/** Display text for a lens or a level in one language. */
export interface ConceptText {
  /** Short display label, e.g. `"Utilitaire bril"`. */
  readonly label: string;
  /** One line that says what the concept is about. */
  readonly description: string;
  /** The guiding questions a facilitator asks about it, in a fixed order. */
  readonly questions: readonly string[];
}

/**
 * Bilingual labels, a one-line description and the facilitator's guiding questions for every
 * lens.
 *
 * @example
 * ```ts
 * BRIL_TEXT.relationeel.en.label //=> "Relational lens"
 * BRIL_TEXT.politiek.nl.questions[0] //=> "Wie beslist er mee over deze samenwerking, en wie niet?"
 * ```
 */
export const BRIL_TEXT: { readonly [B in Bril]: { readonly [L in Lang]: ConceptText } } = {
  utilitair: {
    nl: {
      label: "Utilitaire bril",
      description:
        "Kijkt naar de opbrengst: middelen, tijd, geld en de projecten die samen haalbaar worden.",
      questions: [
        "Wat levert deze samenwerking jou en je organisatie concreet op?",
        "Welke projecten worden pas mogelijk als we onze middelen bundelen?",
        "Welke inzet (tijd, mensen, budget) vraagt het, en weegt die op tegen wat het oplevert?",
      ],
    },
    en: {
      label: "Utilitarian lens",
      description:
        "Looks at the yield: resources, time, money and the projects that become feasible together.",
      questions: [
        "What does this collaboration concretely bring you and your organisation?",
        "Which projects only become possible when we pool our resources?",
        "What effort (time, people, budget) does it take, and is it worth what it yields?",
      ],
    },
  },
  politiek: {
    nl: {
      label: "Politieke bril",
      description:
        "Kijkt naar macht en invloed: wie beslist, wie gehoord wordt en hoe die invloed goed in te zetten.",
      questions: [
        "Wie beslist er mee over deze samenwerking, en wie niet?",
        "Welke invloed breng je mee, en hoe kan die het netwerk vooruit helpen?",
        "Wiens erkenning of mandaat heb je nodig om hier te kunnen instappen?",
      ],
    },
    en: {
      label: "Political lens",
      description:
        "Looks at power and influence: who decides, who is heard and how to use influence well.",
      questions: [
        "Who has a say in this collaboration, and who does not?",
        "What influence do you bring, and how could it move the network forward?",
        "Whose recognition or mandate do you need to be able to take part?",
      ],
    },
  },
  zingevend: {
    nl: {
      label: "Zingevende bril",
      description:
        "Kijkt naar visie en waarden: waar we samen in geloven en welke maatschappelijke meerwaarde we maken.",
      questions: [
        "Welke waarden drijven jou en je organisatie in dit verhaal?",
        "Welk verschil willen we samen maken voor de mensen om wie het gaat?",
        "Waar zou je nooit aan willen toegeven, en waarom?",
      ],
    },
    en: {
      label: "Meaning lens",
      description:
        "Looks at vision and values: what we believe in together and the societal value we create.",
      questions: [
        "Which values drive you and your organisation in this?",
        "What difference do we want to make together for the people it is about?",
        "What would you never give up on, and why?",
      ],
    },
  },
  relationeel: {
    nl: {
      label: "Relationele bril",
      description:
        "Kijkt naar relaties en vertrouwen: hoe partners met elkaar omgaan en hoe verbinding groeit.",
      questions: [
        "Hoe ervaar je de contacten met de andere partners vandaag?",
        "Wat heb je nodig om de anderen te kunnen vertrouwen?",
        "Wat kunnen we doen om elkaar beter te leren kennen?",
      ],
    },
    en: {
      label: "Relational lens",
      description:
        "Looks at relations and trust: how partners treat each other and how connection grows.",
      questions: [
        "How do you experience the contacts with the other partners today?",
        "What do you need to be able to trust the others?",
        "What could we do to get to know each other better?",
      ],
    },
  },
};
