// Light inflection folding for theme matching. Not a full stemmer: it folds the plural and the
// adjectival -e so that the singular and the plural of a noun end up on the same key. The key
// need not be a word ("jongeren", "jongere" → "jonger"; "school", "scholen" → "schol"). Rules
// are applied in order, each at most once; a rule never leaves fewer than 3 letters.

const VOWELS = "aeiouy";
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.includes(c);
const isConsonant = (c: string | undefined): boolean =>
  c !== undefined && c >= "a" && c <= "z" && !VOWELS.includes(c);

/** kk → k, dd → d, ...: after removing -en (gezinnen → gezinn → gezin). */
function undoubleConsonant(w: string): string {
  const n = w.length;
  const last = w[n - 1];
  return n >= 4 && last === w[n - 2] && isConsonant(last) ? w.slice(0, -1) : w;
}

/** C aa C$ → C a C$ (and ee, oo, uu): the open-syllable spelling (straat/straten → strat). */
function undoubleVowel(w: string): string {
  const n = w.length;
  if (n < 4) return w;
  const v = w[n - 2];
  return isConsonant(w[n - 1]) &&
    v === w[n - 3] &&
    (v === "a" || v === "e" || v === "o" || v === "u") &&
    isConsonant(w[n - 4])
    ? w.slice(0, n - 2) + w.slice(n - 1)
    : w;
}

const S_AFTER = ["er", "el", "em", "je", "ie"];

/**
 * Folds a normalised Dutch word: `'s` (auto's), `-heden` → `-heid`, plural `-s` after
 * -er/-el/-em/-je/-ie or consonant + e (partners, organisaties, gemeentes) or, in words of 6 or
 * more letters, after a consonant that follows a short vowel (festivals, weekends), plural `-en` after a
 * consonant (woningen, jongeren) with a doubled consonant undone and z/v back to s/f (huizen,
 * brieven), else a final `-e` after a consonant
 * (jongere, grote), then a doubled vowel in the last syllable (school → schol).
 */
export function stemNl(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("'s")) return undoubleVowel(w.slice(0, -2));
  if (w.endsWith("heden") && w.length >= 8) return `${w.slice(0, -5)}heid`;
  if (w.endsWith("s") && w.length >= 5) {
    const rest = w.slice(0, -1);
    const tail2 = rest.slice(-2);
    const n = rest.length;
    const last = rest[n - 1];
    if (
      S_AFTER.includes(tail2) ||
      (last === "e" && isConsonant(rest[n - 2]) && rest[n - 2] !== "s") ||
      // A loanword plural after a consonant (festivals, tickets, weekends) or -aar (handelaars),
      // but not after another long vowel (plaats), after -rt (huisarts) nor in short words (kans,
      // mens, fiets).
      (n >= 5 &&
        isConsonant(last) &&
        last !== "s" &&
        last !== "z" &&
        last !== "j" &&
        !rest.endsWith("rt") &&
        (rest.endsWith("aar") || !(isVowel(rest[n - 2]) && isVowel(rest[n - 3]))))
    ) {
      w = rest;
    }
  }
  if (w.endsWith("en") && w.length >= 5 && isConsonant(w[w.length - 3])) {
    w = undoubleConsonant(w.slice(0, -2));
    // huizen → huis, brieven → brief: the voiced spelling of the plural.
    if (w.endsWith("z")) w = `${w.slice(0, -1)}s`;
    else if (w.endsWith("v")) w = `${w.slice(0, -1)}f`;
  } else if (w.endsWith("e") && w.length >= 4 && isConsonant(w[w.length - 2])) {
    w = undoubleConsonant(w.slice(0, -1));
  }
  return undoubleVowel(w);
}

/**
 * Folds a normalised English word: possessive `'s`, plural `-ies` → `-y`, `-sses`/`-ches`/
 * `-shes`/`-xes` lose `-es`, and a final `-s` goes unless the word ends in -ss, -us or -is.
 */
export function stemEn(word: string): string {
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

const LETTER = /\p{L}/u;

/** True when a word holds at least one letter (a number alone is never a theme). */
export function hasLetter(word: string): boolean {
  return LETTER.test(word);
}
