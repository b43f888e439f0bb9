import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  Break,
  compileLexicon,
  findEntries,
  type LexiconEntry,
  type Prepared,
  parseLexicon,
  prepare,
  WordMode,
  wordInfo,
} from "../../src/internal/lexicon";
import { scanWords } from "../../src/internal/scan";

// A small lexicon with every kind of step: whole words, alternatives that read as the same word
// through an alias (k|ik), stems, endings, parts, gaps, and entries anchored at a clause start.
const SOURCE = `
s.judge k|ik_vind|vin_dat ik_vind ^dus
s.want wij|we_willen k|ik_~2_wil wil_~3_dat zou_~1_moeten
b.fear vrees* *zorg* bang_~1_dat
b.need nodig hebben_~4_nodig ^omdat_~2_we
n.ask hoeveel_~2_er
b.self k|ik
`;
const lex = compileLexicon(parseLexicon(SOURCE), {
  aliases: new Map([
    ["k", "ik"],
    ["vin", "vind"],
  ]),
});

// The reference: every entry tried at every word by plain recursion over its steps.
function matchesAt(entry: LexiconEntry, si: number, wi: number, p: Prepared): number {
  if (si === entry.matchers.length) return wi;
  const step = entry.matchers[si];
  if (step === undefined) return -1;
  if (step.gap >= 0) {
    for (let skip = 0; skip <= step.gap; skip++) {
      const at = wi + skip;
      if (at >= p.infos.length || (skip > 0 && p.breaks[at] !== Break.None)) return -1;
      const end = matchesAt(entry, si + 1, at, p);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (wi >= p.infos.length || (si > 0 && p.breaks[wi] !== Break.None)) return -1;
  const key = p.infos[wi]?.key ?? "";
  const ok = step.alternatives.some((a) =>
    a.mode === WordMode.Exact
      ? key === a.text
      : a.mode === WordMode.Prefix
        ? key.startsWith(a.text)
        : a.mode === WordMode.Suffix
          ? key.endsWith(a.text)
          : key.length > a.text.length && key.includes(a.text),
  );
  return ok ? matchesAt(entry, si + 1, wi + 1, p) : -1;
}

const entries = (): LexiconEntry[] => {
  const all = [...lex.exact.values(), ...lex.prefix.values(), ...lex.suffix.values(), lex.parts];
  return [...new Set(all.flat())];
};

function reference(p: Prepared): string[] {
  const out: { id: string; first: number; end: number }[] = [];
  for (let i = 0; i < p.infos.length; i++) {
    for (const e of entries()) {
      if (e.anchored && p.breaks[i] === Break.None) continue;
      const end = matchesAt(e, 0, i, p);
      if (end >= 0) out.push({ id: e.id, first: i, end });
    }
  }
  out.sort((x, y) => x.first - y.first || y.end - x.end || (x.id < y.id ? -1 : 1));
  return out.map((m) => `${m.id}@${m.first}-${m.end}`);
}

function prepared(text: string): Prepared {
  const { starts, ends, words } = scanWords(text);
  return prepare(
    text,
    starts,
    ends,
    words.map((w) => wordInfo(lex, w.norm)),
  );
}

const found = (text: string): string[] =>
  findEntries(prepared(text)).map((m) => `${m.entry.id}@${m.first}-${m.end}`);

describe("findEntries", () => {
  it("finds an entry once, also when two of its alternatives read as the same word", () => {
    expect(found("'k Vin dat ik het wil")).toEqual([
      "s.judge:k|ik_vind|vin_dat@0-3",
      "s.judge:ik_vind@0-2",
      "b.self:k|ik@0-1",
      "s.want:k|ik_~2_wil@3-6",
      "b.self:k|ik@3-4",
    ]);
  });

  it("finds exactly what trying every entry at every word finds", () => {
    const words = fc.constantFrom(
      "ik",
      "'k",
      "vind",
      "vin",
      "dat",
      "we",
      "wij",
      "willen",
      "wil",
      "zou",
      "moeten",
      "vrees",
      "vreesden",
      "bezorgd",
      "bang",
      "nodig",
      "hebben",
      "omdat",
      "dus",
      "hoeveel",
      "er",
      "het",
      "de",
      "school",
    );
    const gaps = fc.constantFrom(" ", " ", " ", ", ", ". ", "? ");
    const text = fc
      .array(fc.tuple(words, gaps), { minLength: 1, maxLength: 14 })
      .map((xs) => xs.map(([w, g]) => w + g).join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect(found(t)).toEqual(reference(prepared(t)));
      }),
      { numRuns: 400, seed: 20261203 },
    );
  });
});
