import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Break, type LexiconEntry, type Prepared, WordMode } from "../../src/internal/lexicon";
import { found, lexicon as lex, prepared } from "../support/lexicon";

// The reference: every entry tried at every word by plain recursion over its steps.
function matchesAt(entry: LexiconEntry, si: number, wi: number, p: Prepared): number {
  if (si === entry.matchers.length) return wi;
  const step = entry.matchers[si];
  if (step === undefined) return -1;
  if (step.gap >= 0) {
    // A gap skips words within the clause.
    for (let skip = 0; skip <= step.gap; skip++) {
      const at = wi + skip;
      if (at >= p.infos.length || p.breaks[at] !== Break.None) return -1;
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

// Every entry of the lexicon, once.
const ENTRIES: readonly LexiconEntry[] = [
  ...new Set(
    [...lex.exact.values(), ...lex.prefix.values(), ...lex.suffix.values(), lex.parts].flat(),
  ),
];

function reference(p: Prepared): string[] {
  const out: { id: string; first: number; end: number }[] = [];
  for (let i = 0; i < p.infos.length; i++) {
    for (const e of ENTRIES) {
      if (e.anchored && p.breaks[i] === Break.None) continue;
      const end = matchesAt(e, 0, i, p);
      if (end >= 0) out.push({ id: e.id, first: i, end });
    }
  }
  out.sort((x, y) => x.first - y.first || y.end - x.end || (x.id < y.id ? -1 : 1));
  return out.map((m) => `${m.id}@${m.first}-${m.end}`);
}

describe("findEntries", () => {
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
      "vond",
      "vonden",
      "om",
      "zorg",
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
