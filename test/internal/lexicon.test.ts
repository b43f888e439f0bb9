import { describe, expect, it } from "vitest";
import { Break, colonAt, prepare, wordInfo } from "../../src/internal/lexicon";
import { scanWords } from "../../src/internal/scan";
import { found, lexicon } from "../support/lexicon";

/** The breaks before each word and the full stops read inside a sentence, with or without abbreviations. */
function stops(text: string, abbreviations?: ReadonlySet<string>) {
  const { starts, ends, words } = scanWords(text);
  const infos = words.map((w) => wordInfo(lexicon, w.norm));
  const p = prepare(text, starts, ends, infos, abbreviations);
  const sentences = p.breaks.flatMap((b, i) => (i > 0 && b === Break.Sentence ? [i] : []));
  return { sentences, innerStops: [...p.innerStops] };
}

describe("findEntries", () => {
  it("finds an entry once, also when two of its alternatives read as the same word", () => {
    expect(found("'k Vin dat ik het wil")).toEqual([
      "s.judge:ik_vind_~2_dat@0-3",
      "s.judge:k|ik_vind|vin_dat@0-3",
      "s.judge:ik_vind@0-2",
      "s.judge:ik_vind|vind@0-2",
      "s.judge:ik_vind|vond*@0-2",
      "b.self:k|ik@0-1",
      "s.want:k|ik_~2_wil@3-6",
      "b.self:k|ik@3-4",
    ]);
  });

  it("matches a step of many whole words by any of them, and by its stems and endings too", () => {
    const id = "s.judge:is|zijn_~2_goed|slecht|dom|stom|zot|fout|juist|prima|onwerk*|*baar";
    expect(found("Dat plan is echt zot")).toContain(`${id}@2-5`);
    expect(found("Die plannen zijn prima")).toContain(`${id}@2-4`);
    expect(found("Dat is onwerkbaar")).toContain(`${id}@1-3`);
    expect(found("Het is haalbaar")).toContain(`${id}@1-3`);
    expect(found("Het is leuk").filter((f) => f.startsWith(id))).toEqual([]);
    expect(found("Het is niet echt heel zot").filter((f) => f.startsWith(id))).toEqual([]);
  });

  it("skips words with a gap only within the clause", () => {
    expect(found("Ik ben bang dat het regent")).toContain("b.fear:bang_~1_dat@2-4");
    expect(found("Ik ben bang de dat")).toContain("b.fear:bang_~1_dat@2-5");
    // A comma before the skipped word, or before the word after the gap, ends the clause.
    expect(found("Ik ben bang, de dat")).not.toContain("b.fear:bang_~1_dat@2-5");
    expect(found("Ik ben bang de, dat")).not.toContain("b.fear:bang_~1_dat@2-5");
  });
});

describe("colonAt", () => {
  it("finds a colon right at the offset or after white space only", () => {
    expect(colonAt("Voorstel: ja", 8)).toBe(true);
    expect(colonAt("Voorstel :\u00a0ja", 8)).toBe(true);
    expect(colonAt("Actie 3\t\n: ja", 7)).toBe(true);
  });

  it("finds none behind another mark, a word, or at the end of the text", () => {
    expect(colonAt('"Voorstel": ja', 9)).toBe(false);
    expect(colonAt("Jan (voorzitter): ja", 3)).toBe(false);
    expect(colonAt("Voorstel ", 8)).toBe(false);
    expect(colonAt("Voorstel", 8)).toBe(false);
  });
});

describe("prepare (full stops inside a sentence)", () => {
  const abbreviations = new Set(["max", "ca", "bv"]);

  it("reads the point of a listed abbreviation before a number or a word in lower case as no break", () => {
    const text = "Max. 20 deelnemers, bv. ouders of ca. €50 per persoon.";
    expect(stops(text, abbreviations)).toEqual({
      sentences: [],
      innerStops: [text.indexOf("."), text.indexOf("bv.") + 2, text.indexOf("ca.") + 2],
    });
    // Without the pack's list every full stop still ends a sentence, as the detectors read it.
    expect(stops(text).sentences).toEqual([1, 4, 7]);
  });

  it("ends the sentence at a capital, a line break or a word that is no abbreviation", () => {
    expect(stops("We vragen max. Dan beslissen we.", abbreviations).sentences).toEqual([3]);
    expect(stops("We vragen max.\n20 deelnemers.", abbreviations).sentences).toEqual([3]);
    expect(stops("We vragen meer. 20 deelnemers is te weinig.", abbreviations).sentences).toEqual([
      3,
    ]);
    expect(stops("Een vraag . daarna de rest", abbreviations).sentences).toEqual([2]);
  });

  it("reads a chain of single letters and a point between two words as no break", () => {
    const text = "Scholen, o.a. de basisschool, om 19.30 uur.";
    // The point of "19.30" is inside a number, one word (see scanWords below).
    expect(stops(text, abbreviations)).toEqual({
      sentences: [],
      innerStops: [text.indexOf("o.") + 1, text.indexOf("a. ") + 1],
    });
    // The last point of a chain before a capital ends the sentence.
    expect(stops("Kosten enz. E.g. Dit is nieuw.", new Set()).sentences).toEqual([2, 4]);
  });
});

describe("scanWords (numbers)", () => {
  const words = (text: string) => {
    const { starts, ends } = scanWords(text);
    return starts.map((s, i) => text.slice(s, ends[i]));
  };

  it("reads a decimal or thousands separator between two digits as part of one number", () => {
    expect(words("De soep kost €2,5 en de zaal 1.500 euro, om 10.30u.")).toEqual([
      "De",
      "soep",
      "kost",
      "2,5",
      "en",
      "de",
      "zaal",
      "1.500",
      "euro",
      "om",
      "10.30u",
    ]);
    expect(words("a surplus of £6,200 or 3.25%")).toEqual([
      "a",
      "surplus",
      "of",
      "6,200",
      "or",
      "3.25",
    ]);
  });

  it("keeps a comma or full stop with a space, or without a digit on both sides, between words", () => {
    expect(words("In 2024, 2025 en 2026.")).toEqual(["In", "2024", "2025", "en", "2026"]);
    expect(words("Punt 3. Daarna 4,een")).toEqual(["Punt", "3", "Daarna", "4", "een"]);
    expect(words("Q2,Q3 and 5,.6")).toEqual(["Q2", "Q3", "and", "5", "6"]);
  });

  it("leaves no clause break inside a number, so a split never cuts it", () => {
    const text = "We betalen €2,5 per uur.";
    const { starts, ends, words: recs } = scanWords(text);
    const p = prepare(
      text,
      starts,
      ends,
      recs.map((w) => wordInfo(lexicon, w.norm)),
    );
    expect(p.breaks.slice(1).every((b) => b === Break.None)).toBe(true);
  });
});
