// Language evidence: every pack lists its function words, each word votes for the packs that
// list it (a word two packs share votes for neither), and the pack with the most evidence wins
// when it has enough.

import { DETECTION, LANGS, type Lang } from "../lang";

/** The least evidence (summed weight of function words) a language needs to be chosen. */
const MIN_EVIDENCE = 1;

/** The least evidence from spelling alone, and its least lead over any other language. */
const MIN_SPELLING = 0.5;

let votes: ReadonlyMap<string, readonly number[]> | undefined;

/** A letter sequence of a pack's spellings: where it must stand in the word, and its weight. */
interface Spelling {
  readonly text: string;
  readonly at: "start" | "end" | "anywhere";
  readonly lang: number;
  readonly weight: number;
}
let spellings: readonly Spelling[] | undefined;

/** The items of a pack's list ("word:weight" or "word", space-separated), with their weights. */
function weighted(list: string, fallback: number): [item: string, weight: number][] {
  const out: [string, number][] = [];
  for (const item of list.split(/\s+/)) {
    if (item === "") continue;
    const colon = item.lastIndexOf(":");
    out.push(colon > 0 ? [item.slice(0, colon), Number(item.slice(colon + 1))] : [item, fallback]);
  }
  return out;
}

function spellingsOf(): readonly Spelling[] {
  if (spellings === undefined) {
    const all = new Map<string, Spelling | null>();
    LANGS.forEach((lang, i) => {
      for (const [key, weight] of weighted(DETECTION[lang].spellings ?? "", 0.5)) {
        const at = key.startsWith("^") ? "start" : key.endsWith("$") ? "end" : "anywhere";
        const text = key.replace(/^\^|\$$/g, "");
        // A sequence two packs list is evidence for neither.
        all.set(key, all.has(key) ? null : { text, at, lang: i, weight });
      }
    });
    spellings = [...all.values()].filter((x): x is Spelling => x !== null);
  }
  return spellings;
}

/**
 * @internal The votes of one normalised word: one weight per built-in language in
 * {@link LANGS} order for a function word, then one per language for its spelling (a word that
 * is no function word: the weight of its strongest typical letter sequence); `undefined` when
 * the word is neither. Built on first use.
 */
export function votesOf(norm: string): readonly number[] | undefined {
  const fw = functionWordVotes(norm);
  if (fw !== undefined) return fw;
  let row: number[] | undefined;
  for (const sp of spellingsOf()) {
    const hit =
      sp.at === "start"
        ? norm.startsWith(sp.text)
        : sp.at === "end"
          ? norm.endsWith(sp.text) && norm.length > sp.text.length
          : norm.includes(sp.text);
    if (!hit) continue;
    row ??= new Array<number>(2 * LANGS.length).fill(0);
    const k = LANGS.length + sp.lang;
    row[k] = Math.max(row[k] as number, sp.weight);
  }
  return row;
}

function functionWordVotes(norm: string): readonly number[] | undefined {
  if (votes === undefined) {
    const table = new Map<string, number[]>();
    const owners = new Map<string, number>();
    LANGS.forEach((lang, i) => {
      for (const [word, weight] of weighted(DETECTION[lang].functionWords, 1)) {
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
 * @internal Chooses the language from summed votes (as {@link votesOf} gives them): the one
 * whose function words weigh most, when it has at least {@link MIN_EVIDENCE} and more than any
 * other; else, by spelling, the one with at least {@link MIN_SPELLING} and that much more than
 * any other; otherwise the first built-in language.
 */
export function chooseLang(scores: readonly number[]): Lang {
  const n = LANGS.length;
  const words = leader(scores, 0, n);
  if (words.top >= MIN_EVIDENCE && words.top > words.next) return LANGS[words.best] as Lang;
  const spelling = leader(scores, n, n);
  return spelling.top >= MIN_SPELLING && spelling.top - spelling.next >= MIN_SPELLING
    ? (LANGS[spelling.best] as Lang)
    : LANGS[0];
}

/** Among `n` scores from `from`: the first best (its index from 0), its score, and the next best. */
function leader(
  scores: readonly number[],
  from: number,
  n: number,
): { readonly best: number; readonly top: number; readonly next: number } {
  let best = 0;
  for (let i = 1; i < n; i++) if ((scores[from + i] ?? 0) > (scores[from + best] ?? 0)) best = i;
  let next = 0;
  for (let i = 0; i < n; i++) if (i !== best) next = Math.max(next, scores[from + i] ?? 0);
  return { best, top: scores[from + best] ?? 0, next };
}
