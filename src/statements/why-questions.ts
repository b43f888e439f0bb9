import { checkObject, checkOptions, checkString } from "../internal/args";
import { detectLang } from "../internal/lang-detect";
import { tokenize } from "../internal/tokenize";
import type { Lang } from "../lang";
import type { Bril } from "../model/bril";
import { NIVEAUS, type Niveau } from "../model/niveau";
import type { Standpunt } from "../model/standpunt";
import { brilCues, detectBrillen } from "./detect-bril";
import { detectNiveau } from "./detect-niveau";

/** One question that leads from a position down to the interest behind it, on one level. */
export interface WhyQuestion {
  /** The level the question asks about. */
  readonly niveau: Niveau;
  /** The lens that shaped the question, or `null` for the lens-neutral question. */
  readonly bril: Bril | null;
  /** `true` on the level the position itself speaks from (given or detected). */
  readonly focus: boolean;
  /** The question, in the requested or detected language. */
  readonly question: string;
}

/** Options of {@link whyQuestions}. */
export interface WhyQuestionsOptions {
  /** Language of the questions; detected from the position when left out. */
  readonly lang?: Lang;
  /** The speaker's lens; detected from the position when left out and the cues are clear. */
  readonly bril?: Bril;
  /** The level the position speaks from; detected when left out. Marks `focus`. */
  readonly niveau?: Niveau;
}

// A detected lens shapes the questions only when its score is at least this and leads the
// second lens by at least CLEAR_MARGIN.
const CLEAR_SCORE = 1.5;
const CLEAR_MARGIN = 1;

type Templates = { readonly [N in Niveau]: string };

// Question templates per language and lens ("-" = no lens); {x} refers to the position.
const TEMPLATES: { readonly [L in Lang]: { readonly [B in Bril | "-"]: Templates } } = {
  nl: {
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
  en: {
    "-": {
      individu: "What does {x} mean for you personally: what do you hope to gain or avoid?",
      organisatie:
        "Why does {x} matter to your organisation, and what does it need to be able to count on?",
      netwerk: "What would {x} bring the network as a whole, and who do we do it for in the end?",
    },
    utilitair: {
      individu: "What time, work or resources do you hope {x} will win or save for you?",
      organisatie:
        "Which shortage or cost of your organisation does {x} solve, and could that be done another way?",
      netwerk:
        "Which resources and projects come within reach together with {x}, and what if we arranged it differently?",
    },
    politiek: {
      individu: "What role, recognition or influence is at stake for you in {x}?",
      organisatie:
        "Why does your organisation need to steer or be visible in {x}, and what if that does not happen?",
      netwerk:
        "How does {x} help the partners carry more weight with those who decide, and who gets a say then?",
    },
    zingevend: {
      individu: "Which conviction or value makes {x} so important to you?",
      organisatie: "Which mission or values of your organisation is {x} connected to?",
      netwerk: "What difference do you want {x} to make, together, for the people it is about?",
    },
    relationeel: {
      individu:
        "With whom are you looking for a better bond through {x}, and what do you need to trust them?",
      organisatie:
        "Which relationship of your organisation with the other partners should {x} protect or repair?",
      netwerk: "What would {x} change in how the partners treat and trust each other?",
    },
  },
};

// Words that open a noun phrase the questions can quote.
const DETERMINERS: { readonly [L in Lang]: string } = {
  nl: " een ne nen 'n de het onze ons uw hun haar mijn m'n deze dit elke alle geen meer extra twee drie vier vijf ",
  en: " a an the our their his her my this these those every all no more extra two three four five ",
};

/**
 * Finds a short noun phrase around the strongest cue of `bril`: a determiner directly before
 * the cue word, or one word (an inflected adjective in Dutch) in between.
 */
function quotePhrase(text: string, lang: Lang, bril: Bril | null): string | null {
  if (bril === null) return null;
  const hits = brilCues(text, { lang }).filter((h) => h.label === bril && h.weight > 0);
  let best = hits[0];
  for (const h of hits) if (best === undefined || h.weight > best.weight) best = h;
  if (best === undefined) return null;
  const anchor = best;
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.start === anchor.start);
  const isDet = (k: number): boolean => {
    const t = tokens[k];
    return t !== undefined && DETERMINERS[lang].includes(` ${t.norm} `);
  };
  let from = -1;
  if (isDet(i - 1)) from = i - 1;
  else if (isDet(i - 2)) {
    const mid = tokens[i - 1]?.norm ?? "";
    if (!isDet(i - 1) && (lang === "en" || mid.endsWith("e"))) from = i - 2;
  }
  if (from > 0 && isDet(from - 1)) from--;
  const first = tokens[from];
  if (first === undefined) return null;
  let phrase = text.slice(first.start, anchor.end);
  const second = phrase.charAt(1);
  if (first.start === 0 && second === second.toLowerCase()) {
    phrase = phrase.charAt(0).toLowerCase() + phrase.slice(1);
  }
  return phrase;
}

/**
 * The why-questions a facilitator asks to descend from a position (standpunt) to the interests
 * behind it: one question per level, shaped by the speaker's lens.
 *
 * @param standpunt - A position, or just its text.
 * @param options - `lang` of the questions, the speaker's `bril` and the `niveau` the position
 *   speaks from; each is detected from the text when left out (the lens only when its cues are
 *   clear).
 * @returns Three questions, one per level in {@link NIVEAUS} order.
 * @remarks The output is deterministic: the same position and options give the same questions.
 *   When the lens is known (given, or detected with a score of at least 1.5 that leads the next
 *   lens by at least 1), every question carries it; otherwise the lens-neutral questions are
 *   used (`bril: null`). Where a short noun phrase around the strongest lens cue can be found,
 *   the question on the focus level (or the first level when no level is found) opens by
 *   mirroring it: `Je noemt "een vaste zetel".` The input is not changed.
 * @throws TypeError when `standpunt` is neither a string nor an object with a string `text`, or
 *   `options` is not an object.
 * @example
 * ```ts
 * whyQuestions("Wij willen een vaste stoel in het bestuur.", { lang: "nl" })[1]
 * //=> { niveau: "organisatie", bril: "politiek", focus: true,
 * //     question: 'Je noemt "een vaste stoel". Waarom moet je organisatie bij dit standpunt mee aan het stuur zitten of zichtbaar zijn, en wat als dat niet lukt?' }
 * whyQuestions("Geen parking op het dorpsplein.")[2].question
 * //=> "Wat zou dit standpunt het netwerk als geheel opleveren, en voor wie doen we het uiteindelijk?"
 * ```
 */
export function whyQuestions(
  standpunt: Standpunt | string,
  options?: WhyQuestionsOptions,
): WhyQuestion[] {
  if (typeof standpunt !== "string")
    checkObject("whyQuestions", "standpunt", standpunt, "a string or a standpunt");
  const text = checkString(
    "whyQuestions",
    "standpunt.text",
    typeof standpunt === "string" ? standpunt : standpunt.text,
  );
  checkOptions("whyQuestions", options);
  const lang = options?.lang ?? detectLang(tokenize(text));
  let bril: Bril | null = options?.bril ?? null;
  if (options?.bril === undefined) {
    const [top, second] = detectBrillen(text, { lang });
    if (
      top !== undefined &&
      top.score >= CLEAR_SCORE &&
      top.score - (second?.score ?? 0) >= CLEAR_MARGIN
    ) {
      bril = top.bril;
    }
  }
  const focus = options?.niveau ?? detectNiveau(text, { lang }).niveau;
  const phrase = quotePhrase(text, lang, bril);
  const ref = lang === "nl" ? "dit standpunt" : "this position";
  const mirror =
    phrase === null ? "" : lang === "nl" ? `Je noemt "${phrase}". ` : `You mention "${phrase}". `;
  const mirrorAt = focus ?? NIVEAUS[0];
  const templates = TEMPLATES[lang][bril ?? "-"];
  return NIVEAUS.map((niveau) => ({
    niveau,
    bril,
    focus: niveau === focus,
    question: (niveau === mirrorAt ? mirror : "") + templates[niveau].replace("{x}", ref),
  }));
}
