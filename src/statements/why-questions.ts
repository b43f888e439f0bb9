import {
  checkObject,
  checkOptions,
  checkPackObject,
  checkPackString,
  checkString,
} from "../internal/args";
import { chooseLang } from "../internal/function-words";
import { scanWords } from "../internal/scan";
import { tokenize } from "../internal/tokenize";
import { checkLang, type LangOption, partOf, WHY } from "../lang";
import type { WhyPart } from "../lang/types";
import { BRILLEN, type Bril } from "../model/bril";
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
  /**
   * Language of the questions: a built-in code or a {@link LanguagePack}; detected from the
   * position among the built-in languages when left out.
   */
  readonly lang?: LangOption;
  /** The speaker's lens; detected from the position when left out and the cues are clear. */
  readonly bril?: Bril;
  /** The level the position speaks from; detected when left out. Marks `focus`. */
  readonly niveau?: Niveau;
}

// A detected lens shapes the questions only when its score is at least this and leads the
// second lens by at least CLEAR_MARGIN.
const CLEAR_SCORE = 1.5;
const CLEAR_MARGIN = 1;

/**
 * Finds a short noun phrase around the strongest cue of `bril`: a determiner directly before
 * the cue word, or one word (an inflected adjective in Dutch) in between.
 */
function quotePhrase(
  text: string,
  lang: LangOption,
  why: WhyPart,
  bril: Bril | null,
): string | null {
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
    return t !== undefined && ` ${why.determiners} `.includes(` ${t.norm} `);
  };
  let from = -1;
  if (isDet(i - 1)) from = i - 1;
  else if (isDet(i - 2)) {
    const mid = tokens[i - 1]?.norm ?? "";
    if (!isDet(i - 1) && mid.endsWith(why.adjectiveEnding)) from = i - 2;
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
 * whyQuestions("Dat plein moet helemaal anders.")[2].question
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
  const lang =
    checkLang(options?.lang, "whyQuestions: options.lang") ?? chooseLang(scanWords(text).votes);
  const why = checkedWhy(partOf(WHY, "why", lang));
  let bril: Bril | null = options?.bril ?? null;
  if (options?.bril === undefined) {
    const [top, second] = detectBrillen(text, { lang }).ranked;
    if (
      top !== undefined &&
      top.score >= CLEAR_SCORE &&
      top.score - (second?.score ?? 0) >= CLEAR_MARGIN
    ) {
      bril = top.bril;
    }
  }
  const focus = options?.niveau ?? detectNiveau(text, { lang }).niveau;
  const phrase = quotePhrase(text, lang, why, bril);
  const mirror = phrase === null ? "" : why.mirror.replace("{phrase}", phrase);
  const mirrorAt = focus ?? NIVEAUS[0];
  const templates = why.templates[bril ?? "-"];
  return NIVEAUS.map((niveau) => ({
    niveau,
    bril,
    focus: niveau === focus,
    question: (niveau === mirrorAt ? mirror : "") + templates[niveau].replace("{x}", why.reference),
  }));
}

// The why parts already checked (a pack's part is checked once, on first use).
let checked: WeakSet<object> | undefined;

/**
 * A pack's why part, checked once: its templates (one per level for `"-"` and every lens) and
 * words are strings. Anything else is refused with the field's path.
 */
function checkedWhy(why: WhyPart): WhyPart {
  checked ??= new WeakSet();
  if (checked.has(why)) return why;
  const text = (value: unknown, path: string) => checkPackString(value, `LanguagePack why.${path}`);
  const object = (value: unknown, path: string) =>
    checkPackObject(value, `LanguagePack why.${path}`);
  const templates = object(why.templates, "templates");
  for (const key of ["-", ...BRILLEN]) {
    const levels = object(templates[key], `templates.${key}`);
    for (const niveau of NIVEAUS) text(levels[niveau], `templates.${key}.${niveau}`);
  }
  text(why.reference, "reference");
  text(why.mirror, "mirror");
  text(why.determiners, "determiners");
  text(why.adjectiveEnding, "adjectiveEnding");
  checked.add(why);
  return why;
}
