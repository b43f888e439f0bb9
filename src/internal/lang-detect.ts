import type { Lang } from "../lang";
import type { Token } from "./tokenize";

// Frequent function words that are clearly one language. Flemish spoken forms count as Dutch.
const NL_WORDS =
  "de het een en van ik je jij ge gij wij we ze zij hij niet nie geen is was zijn wordt moet moeten wil willen kan kunnen zou dat die dit wat hoe als omdat want maar ook nog om te voor met naar bij uit aan op of onze ons mijn hun er da's da heb heeft hebben samen";
const EN_WORDS =
  "the a an and of i you we they he she it not no is are was be will would should can must have has do that this what who why how if because but to for with from by at on our my their your there so i'm we're don't won't it's let's together";

// One map, word → +1 (Dutch), -1 (English) or 0 (both lists), built on first use: the
// package promises no work at module load (sideEffects: false).
let votes: ReadonlyMap<string, number> | undefined;
function voteMap(): ReadonlyMap<string, number> {
  if (votes === undefined) {
    const m = new Map<string, number>();
    for (const w of NL_WORDS.split(" ")) m.set(w, 1);
    for (const w of EN_WORDS.split(" ")) m.set(w, m.has(w) ? 0 : -1);
    votes = m;
  }
  return votes;
}

/**
 * The vote of one normalised word: +1 Dutch, -1 English, 0 neither (or both).
 *
 * @param norm - A normalised word (`Token.norm`).
 * @returns The word's vote.
 */
export function langVote(norm: string): number {
  return voteMap().get(norm) ?? 0;
}

/**
 * Guesses whether a text is Dutch or English from its function words. Ties (including texts
 * without any known word) go to Dutch, the library's first language.
 *
 * @param tokens - The words of the text (see `tokenize`).
 * @returns `"en"` when more English than Dutch function words occur, else `"nl"`.
 */
export function detectLang(tokens: readonly Token[]): Lang {
  const m = voteMap();
  let score = 0;
  for (let i = 0; i < tokens.length; i++) score += m.get((tokens[i] as Token).norm) ?? 0;
  return score < 0 ? "en" : "nl";
}
