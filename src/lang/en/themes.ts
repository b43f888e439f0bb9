// English theme words: the light stemmer that folds plurals, the words that never become a
// theme.

import type { ThemesPart } from "../types";

/**
 * Folds a normalised English word: possessive `'s`, plural `-ies` → `-y`, `-sses`/`-ches`/
 * `-shes`/`-xes` lose `-es`, and a final `-s` goes unless the word ends in -ss, -us or -is.
 */
function stem(word: string): string {
  const w = word.endsWith("'s") ? word.slice(0, -2) : word;
  const n = w.length;
  if (n <= 3) return w;
  if (w.endsWith("ies") && n >= 5) return `${w.slice(0, -3)}y`;
  if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
    return w.slice(0, -2);
  }
  if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
    return w.slice(0, -1);
  }
  return w;
}

/** English theme words. */
export const themes: ThemesPart = {
  stem,
  // Function words, the most frequent verbs and adverbs, and words that name the collaboration
  // itself (every partner uses them, so they would join everybody into one intersection).
  stopwords:
    "a about after all also am an and any are as at be because been being both but by can cannot could did do does doing don't each even every for from get gets give gives go had has have having he her here him his how i i'm if in into is it it's its just keep let let's like make makes many may me more most much must my need needs no not now of off on one only or other our ours out over own really same she should so some still such than that the their them then there these they this those through to together too under up us very want wants was we we're were what when where which while who why will with without would you your can't won't don't important enough often sometimes always never better collaboration network partner partners organisation organisations organization organizations between during maybe perhaps hope hopes fear think know see say says ask asks feel feels year years month week day two three four five ten extra ever never",
  compounds: null,
};
