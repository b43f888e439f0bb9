// A small lexicon for the lexicon engine's tests, with every kind of step: whole words,
// alternatives that read as the same word through an alias (k|ik) or are written twice, stems,
// endings, parts, gaps, entries anchored at a clause start, second steps of whole words, of
// stems, or of both, and a step of many whole words with a stem and an ending among them.

import {
  compileLexicon,
  findEntries,
  type Prepared,
  parseLexicon,
  prepare,
  wordInfo,
} from "../../src/internal/lexicon";
import { scanWords } from "../../src/internal/scan";

const SOURCE = `
s.judge k|ik_vind|vin_dat ik_vind ^dus ik_vind|vind ik_vind_~2_dat ik_vind|vond*
s.judge is|zijn_~2_goed|slecht|dom|stom|zot|fout|juist|prima|onwerk*|*baar
s.want wij|we_willen k|ik_~2_wil wil_~3_dat zou_~1_moeten ^omdat_we
b.fear vrees* *zorg* bang_~1_dat vrees*_dat *zorg*_om ik_vond*
b.need nodig hebben_~4_nodig ^omdat_~2_we
n.ask hoeveel_~2_er
b.self k|ik
`;

export const lexicon = compileLexicon(parseLexicon(SOURCE), {
  aliases: new Map([
    ["k", "ik"],
    ["vin", "vind"],
  ]),
});

/** A text's words, prepared for matching with the test lexicon. */
export function prepared(text: string): Prepared {
  const { starts, ends, words } = scanWords(text);
  return prepare(
    text,
    starts,
    ends,
    words.map((w) => wordInfo(lexicon, w.norm)),
  );
}

/** The entries found in a text, as `id@first-end`. */
export const found = (text: string): string[] =>
  findEntries(prepared(text)).map((m) => `${m.entry.id}@${m.first}-${m.end}`);
