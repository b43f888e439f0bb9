// Language evidence: every pack lists its function words, each word votes for the packs that
// list it (a word two packs share votes for neither), and the pack with the most evidence wins
// when it has enough.

import { DETECTION, LANGS, type Lang } from "../lang";

/** The least evidence (summed weight of function words) a language needs to be chosen. */
const MIN_EVIDENCE = 1;

let votes: ReadonlyMap<string, readonly number[]> | undefined;

/**
 * @internal The votes of one normalised word, one weight per built-in language in
 * {@link LANGS} order, or `undefined` when it is no function word. Built on first use.
 */
export function votesOf(norm: string): readonly number[] | undefined {
  if (votes === undefined) {
    const table = new Map<string, number[]>();
    const owners = new Map<string, number>();
    LANGS.forEach((lang, i) => {
      for (const item of DETECTION[lang].functionWords.split(/\s+/)) {
        if (item === "") continue;
        const colon = item.lastIndexOf(":");
        const word = colon > 0 ? item.slice(0, colon) : item;
        const weight = colon > 0 ? Number(item.slice(colon + 1)) : 1;
        const row = table.get(word) ?? LANGS.map(() => 0);
        row[i] = weight;
        table.set(word, row);
        owners.set(word, (owners.get(word) ?? 0) + 1);
      }
    });
    // A word listed by two languages is evidence for neither.
    for (const [word, n] of owners) if (n > 1) table.delete(word);
    votes = table;
  }
  return votes.get(norm);
}

/**
 * @internal Chooses the language from summed votes: the one with the most, when it has at
 * least {@link MIN_EVIDENCE} and more than any other; otherwise the first built-in language.
 */
export function chooseLang(scores: readonly number[]): Lang {
  let best = 0;
  for (let i = 1; i < scores.length; i++)
    if ((scores[i] as number) > (scores[best] as number)) best = i;
  const top = scores[best] as number;
  const tied = scores.some((s, i) => i !== best && s === top);
  return top >= MIN_EVIDENCE && !tied ? (LANGS[best] as Lang) : LANGS[0];
}
