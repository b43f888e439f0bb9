import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateSamenwerking } from "../../bench/generate";
import {
  type Belang,
  BRILLEN,
  createAmbition,
  interestCoverage,
  lensProfile,
  NIVEAUS,
  normalizeTheme,
  type Partner,
  parseSamenwerking,
  type Samenwerking,
  suggestWinWin,
  themesOf,
  themeVocabulary,
} from "../../src/index";
import { builtInConcepts } from "../../src/lang/concepts";

const THEMES = ["jeugd", "Jeugd", "sport", "wonen", "zorg", "cultuur", "mobiliteit", "armoede"];
const TEXTS = [
  "Meer jeugdwerking in de wijk",
  "De jeugd verveelt zich",
  "Betaalbare woningen voor jongeren",
  "Elke jongere telt",
  "Our volunteers need support",
  "Zorg voor ouderen",
];

const arbPartners = fc
  .uniqueArray(fc.integer({ min: 0, max: 11 }), { minLength: 1, maxLength: 8 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((i) =>
        fc
          .subarray([...BRILLEN], { minLength: 1 })
          .map((brillen): Partner => ({ id: `p${i}`, name: `P${i}`, brillen })),
      ),
    ),
  );

function arbBelangen(partners: readonly Partner[]): fc.Arbitrary<Belang[]> {
  const one = fc.record({
    partner: fc.constantFrom(...partners.map((p) => p.id)),
    niveau: fc.constantFrom(...NIVEAUS),
    themes: fc.option(fc.uniqueArray(fc.constantFrom(...THEMES), { minLength: 1, maxLength: 3 }), {
      nil: undefined,
    }),
    text: fc.constantFrom(...TEXTS),
    weight: fc.option(fc.constantFrom(0.5, 1, 2, 10), { nil: undefined }),
    bril: fc.option(fc.constantFrom(...BRILLEN), { nil: undefined }),
  });
  return fc.array(one, { maxLength: 20 }).map((list) =>
    list.map((b, i) => ({
      id: `b${String(i).padStart(2, "0")}`,
      partnerId: b.partner,
      niveau: b.niveau,
      text: b.text,
      ...(b.themes === undefined ? {} : { themes: b.themes }),
      ...(b.weight === undefined ? {} : { weight: b.weight }),
      ...(b.bril === undefined ? {} : { bril: b.bril }),
    })),
  );
}

const arbSamenwerking: fc.Arbitrary<Samenwerking> = arbPartners.chain((partners) =>
  arbBelangen(partners).chain((belangen) =>
    fc
      .record({
        hasAmbition: fc.boolean(),
        themes: fc.subarray(["jeugd", "wonen", "zorg"]),
        named: fc.subarray(
          belangen.map((b) => b.id),
          { maxLength: Math.min(3, belangen.length) },
        ),
      })
      .map(({ hasAmbition, themes, named }): Samenwerking => {
        const base = { partners, belangen, standpunten: [] };
        if (!hasAmbition) return base;
        const ambition = createAmbition({
          text: "Meer jeugdwerking en woningen",
          themes,
          belangIds: named,
          by: (partners[0] as Partner).id,
        });
        return { ...base, ambition };
      }),
  ),
);

/** A collaboration and the same one with partners and belangen in another order. */
const arbShuffled = arbSamenwerking.chain((s) =>
  fc
    .tuple(
      fc.shuffledSubarray(s.partners, {
        minLength: s.partners.length,
        maxLength: s.partners.length,
      }),
      fc.shuffledSubarray(s.belangen, {
        minLength: s.belangen.length,
        maxLength: s.belangen.length,
      }),
    )
    .map(([partners, belangen]) => [s, { ...s, partners, belangen }] as const),
);

function themesByBelang(s: Samenwerking): Map<string, string[]> {
  const vocabulary = themeVocabulary(s);
  return new Map(s.belangen.map((b) => [b.id, themesOf(b, { vocabulary })]));
}

describe("themesOf (properties)", () => {
  const arbText = fc
    .array(
      fc.constantFrom(
        ...TEXTS,
        ...THEMES,
        "jeugdwerking",
        "Kinderopvang",
        "zorgvuldig",
        "de",
        "the",
        "42",
        "co-ouderschap",
        "Éénzaamheid",
      ),
      { maxLength: 8 },
    )
    .map((words) => words.join(" "));

  it("gives sorted themes without duplicates, whatever the vocabulary's order", () => {
    fc.assert(
      fc.property(
        arbText,
        fc.uniqueArray(fc.constantFrom(...THEMES, "kinderen", "opvang")),
        (text, vocabulary) => {
          const t = themesOf({ text }, { vocabulary });
          expect(t).toEqual([...new Set(t)].sort());
          expect(themesOf({ text }, { vocabulary: [...vocabulary].reverse() })).toEqual(t);
          expect(themesOf({ text }, { vocabulary: new Set(vocabulary) })).toEqual(t);
        },
      ),
    );
  });

  it("normalises explicit themes idempotently", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (theme) => {
        const n = normalizeTheme(theme);
        expect(normalizeTheme(n)).toBe(n);
        expect(n).toBe(n.trim());
      }),
    );
  });
});

describe("suggestWinWin (properties)", () => {
  it("joins in each intersection exactly the partners that carry its themes", () => {
    fc.assert(
      fc.property(arbSamenwerking, fc.integer({ min: 2, max: 4 }), (s, minPartners) => {
        const themes = themesByBelang(s);
        const r = suggestWinWin(s, { minPartners, limit: 1000 });
        for (const i of r.intersections) {
          expect(i.partnerIds.length).toBeGreaterThanOrEqual(minPartners);
          for (const t of i.themes) {
            const carriers = s.belangen.filter((b) => themes.get(b.id)?.includes(t));
            expect([...new Set(carriers.map((b) => b.partnerId))].sort()).toEqual(i.partnerIds);
          }
          const carrying = s.belangen.filter((b) =>
            i.themes.some((t) => themes.get(b.id)?.includes(t)),
          );
          expect(carrying.map((b) => b.id).sort()).toEqual(i.belangIds);
        }
        // No two intersections have the same partners.
        const keys = r.intersections.map((i) => i.partnerIds.join(","));
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });

  it("with a concept vocabulary, joins in each intersection the partners of its members, each joined by its own themes and concepts", () => {
    fc.assert(
      fc.property(arbSamenwerking, fc.integer({ min: 2, max: 4 }), (s, minPartners) => {
        const themes = themesByBelang(s);
        const r = suggestWinWin(s, { minPartners, limit: 1000, concepts: builtInConcepts });
        for (const i of r.intersections) {
          expect(i.partnerIds.length).toBeGreaterThanOrEqual(minPartners);
          expect([...new Set((i.members ?? []).map((m) => m.partnerId))].sort()).toEqual(
            i.partnerIds,
          );
          expect((i.members ?? []).map((m) => m.belangId)).toEqual(i.belangIds);
          expect(i.members).toBeDefined();
          for (const m of i.members ?? []) {
            expect(m.joins.length).toBeGreaterThan(0);
            for (const j of m.joins) {
              if (j.kind === "word") {
                expect(i.themes).toContain(j.theme);
                expect(themes.get(m.belangId)).toContain(j.theme);
              } else if (j.kind === "concept") expect(i.concepts).toContain(j.concept);
            }
          }
        }
        // No two intersections have the same partners.
        const keys = r.intersections.map((i) => i.partnerIds.join(","));
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });

  it("never puts a partner in both reached and not reached, and misses nobody", () => {
    fc.assert(
      fc.property(arbSamenwerking, (s) => {
        const { plan } = suggestWinWin(s);
        const reached = new Set(plan.partnersReached);
        for (const id of plan.partnersNotReached) expect(reached.has(id)).toBe(false);
        expect([...plan.partnersReached, ...plan.partnersNotReached].sort()).toEqual(
          s.partners.map((p) => p.id).sort(),
        );
      }),
    );
  });

  it("plans intersections that each reach someone new, and leaves out only partners in no intersection", () => {
    fc.assert(
      fc.property(arbSamenwerking, (s) => {
        const r = suggestWinWin(s, { limit: 1000 });
        const seen = new Set<string>();
        for (const i of r.plan.intersections) {
          expect(i.partnerIds.some((p) => !seen.has(p))).toBe(true);
          for (const p of i.partnerIds) seen.add(p);
        }
        const inAny = new Set(r.intersections.flatMap((i) => i.partnerIds));
        expect(r.plan.partnersNotReached).toEqual(
          s.partners
            .map((p) => p.id)
            .filter((id) => !inAny.has(id))
            .sort(),
        );
      }),
    );
  });

  it("finds every planted group of partners sharing a theme", () => {
    const arbPlanted = arbSamenwerking
      .filter((s) => s.partners.length >= 2)
      .chain((s) =>
        fc
          .array(
            fc.subarray(
              s.partners.map((p) => p.id),
              { minLength: 2 },
            ),
            { maxLength: 4 },
          )
          .map((groups) => ({ s, groups })),
      );
    fc.assert(
      fc.property(arbPlanted, ({ s, groups }) => {
        const planted: Belang[] = groups.flatMap((ids, g) =>
          ids.map((partnerId, k) => ({
            id: `planted-${g}-${k}`,
            partnerId,
            niveau: "netwerk" as const,
            text: "Gedeeld",
            themes: [`gedeeld-${g}`],
          })),
        );
        const r = suggestWinWin({ ...s, belangen: [...s.belangen, ...planted] }, { limit: 1000 });
        groups.forEach((ids, g) => {
          const hit = r.intersections.find((i) => i.themes.includes(`gedeeld-${g}`));
          expect(hit?.partnerIds).toEqual([...ids].sort());
          for (const id of ids) expect(r.plan.partnersReached).toContain(id);
        });
      }),
    );
  });

  it("does not depend on the order of partners and belangen", () => {
    fc.assert(
      fc.property(arbShuffled, ([a, b]) => {
        expect(suggestWinWin(b, { limit: 1000 })).toEqual(suggestWinWin(a, { limit: 1000 }));
      }),
    );
  });

  it("does not depend on the order of the pairs a custom similarity sees", () => {
    const sim = (x: Belang, y: Belang): number => (x.niveau === y.niveau ? 1 : 0);
    fc.assert(
      fc.property(arbShuffled, ([a, b]) => {
        expect(suggestWinWin(b, { similarity: sim })).toEqual(
          suggestWinWin(a, { similarity: sim }),
        );
      }),
    );
  });
});

describe("interestCoverage (properties)", () => {
  it("keeps every share in [0, 1] and consistent with the counts", () => {
    fc.assert(
      fc.property(arbSamenwerking, (s) => {
        const c = interestCoverage(s);
        let belangen = 0;
        for (const n of NIVEAUS) {
          const l = c.byNiveau[n];
          expect(l.partnersTotal).toBe(s.partners.length);
          expect(l.articulation).toBeGreaterThanOrEqual(0);
          expect(l.articulation).toBeLessThanOrEqual(1);
          expect(l.articulation).toBe(l.partnersWithBelang / l.partnersTotal);
          expect(l.missingPartners.length).toBe(l.partnersTotal - l.partnersWithBelang);
          expect(l.unservedBelangen.length).toBe(l.belangenTotal - l.belangenServed);
          if (s.ambition === undefined || l.belangenTotal === 0) expect(l.served).toBeNull();
          else {
            expect(l.served).toBe(l.belangenServed / l.belangenTotal);
            expect(l.served).toBeGreaterThanOrEqual(0);
            expect(l.served).toBeLessThanOrEqual(1);
          }
          // The rows add up to the level.
          const rows = c.partners.map((p) => p.byNiveau[n]);
          expect(rows.filter((r) => r.articulated).length).toBe(l.partnersWithBelang);
          expect(rows.reduce((sum, r) => sum + r.belangenTotal, 0)).toBe(l.belangenTotal);
          expect(rows.reduce((sum, r) => sum + r.belangenServed, 0)).toBe(l.belangenServed);
          belangen += l.belangenTotal;
        }
        expect(belangen).toBe(s.belangen.length);
        expect(c.balance).toBeGreaterThanOrEqual(0);
        expect(c.balance).toBeLessThanOrEqual(1);
        for (const p of c.partners) {
          expect(p.balance).toBeGreaterThanOrEqual(0);
          expect(p.balance).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it("serves every belang the ambition names, and only with an ambition", () => {
    fc.assert(
      fc.property(arbSamenwerking, (s) => {
        const c = interestCoverage(s);
        const unserved = new Set(NIVEAUS.flatMap((n) => c.byNiveau[n].unservedBelangen));
        if (s.ambition === undefined) expect(unserved.size).toBe(s.belangen.length);
        else for (const id of s.ambition.belangIds) expect(unserved.has(id)).toBe(false);
      }),
    );
  });

  it("does not depend on the order of partners and belangen", () => {
    fc.assert(
      fc.property(arbShuffled, ([a, b]) => {
        expect(interestCoverage(b)).toEqual(interestCoverage(a));
      }),
    );
  });
});

describe("lensProfile (properties)", () => {
  it("does not depend on the order of partners and belangen, and splits declared and expressed cleanly", () => {
    fc.assert(
      fc.property(arbShuffled, ([a, b]) => {
        const p = lensProfile(a);
        expect(lensProfile(b)).toEqual(p);
        for (const row of p.partners) {
          for (const l of row.onlyDeclared) expect(row.expressed).not.toContain(l);
          for (const l of row.onlyExpressed) expect(row.declared).not.toContain(l);
        }
      }),
    );
  });
});

describe("generateSamenwerking (the benchmark's generator)", () => {
  it("generates the same valid collaboration for the same seed", () => {
    for (const derived of [false, true]) {
      const a = generateSamenwerking({ partners: 30, seed: 7, derived });
      expect(generateSamenwerking({ partners: 30, seed: 7, derived })).toEqual(a);
      expect(parseSamenwerking(a)).toEqual(a);
      expect(a.belangen).toHaveLength(150);
      expect(a.belangen.every((b) => (b.themes === undefined) === derived)).toBe(true);
    }
    expect(generateSamenwerking({ partners: 30, seed: 8 })).not.toEqual(
      generateSamenwerking({ partners: 30, seed: 7 }),
    );
  });
});
