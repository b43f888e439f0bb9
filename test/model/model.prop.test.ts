import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AmbitionContent,
  ambitionAt,
  BRILLEN,
  createAmbition,
  endorseAmbition,
  isSamenwerkingError,
  NIVEAUS,
  parseSamenwerking,
  reviseAmbition,
  type SharedAmbition,
  safeParseSamenwerking,
  serializeSamenwerking,
} from "../../src/index";
import { deepFreeze } from "../support/freeze";

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);

/** A random valid collaboration document: unique ids, references that resolve. */
const arbDoc = fc
  .record({
    partnerIds: fc.uniqueArray(id, { minLength: 1, maxLength: 6 }),
    belangCount: fc.nat(8),
    standpuntCount: fc.nat(5),
    seed: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
    texts: fc.array(text, { minLength: 20, maxLength: 20 }),
    themes: fc.uniqueArray(text, { maxLength: 3 }),
    withMeta: fc.boolean(),
  })
  .map(({ partnerIds, belangCount, standpuntCount, seed, texts, themes, withMeta }) => {
    const pick = <T>(xs: readonly T[], i: number): T =>
      xs[(seed[i % seed.length] ?? 0) % xs.length] as T;
    const partners = partnerIds.map((pid, i) => ({
      id: pid,
      name: pick(texts, i),
      brillen: [pick(BRILLEN, i)],
      ...(i % 2 === 0 ? { influence: ((seed[i] ?? 0) % 101) / 100 } : {}),
      ...(withMeta ? { meta: { n: i, tags: ["a", null, true] } } : {}),
    }));
    const belangen = Array.from({ length: belangCount }, (_, i) => ({
      id: `b${i}`,
      partnerId: pick(partnerIds, i + 7),
      niveau: pick(NIVEAUS, i + 3),
      text: pick(texts, i + 11),
      ...(i % 3 === 0 ? { themes } : {}),
      ...(i % 4 === 1 ? { weight: 1 + ((seed[i] ?? 0) % 9) } : {}),
      ...(i % 2 === 0 ? { bril: pick(BRILLEN, i + 5) } : {}),
    }));
    const standpunten = Array.from({ length: standpuntCount }, (_, i) => ({
      id: `s${i}`,
      partnerId: pick(partnerIds, i + 13),
      text: pick(texts, i + 17),
      ...(belangen.length > 0 && i % 2 === 0 ? { belangIds: [pick(belangen, i).id] } : {}),
    }));
    return { partners, belangen, standpunten };
  });

/** A random history: a start and a list of recipes, each a small change of the content. */
const arbStep = fc.oneof(
  fc.record({ kind: fc.constant("text" as const), value: text }),
  fc.record({ kind: fc.constant("addTheme" as const), value: text }),
  fc.record({ kind: fc.constant("dropTheme" as const), value: fc.nat() }),
  fc.record({ kind: fc.constant("addBelang" as const), value: id }),
  fc.record({
    kind: fc.constant("replaceAll" as const),
    value: fc.uniqueArray(id, { maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant("endorse" as const), value: id }),
);

type Step = typeof arbStep extends fc.Arbitrary<infer S> ? S : never;

function applyStep(a: SharedAmbition, step: Step, by: string): SharedAmbition {
  switch (step.kind) {
    case "text":
      return reviseAmbition(
        a,
        (d) => {
          d.text = step.value;
        },
        { by },
      );
    case "addTheme":
      return a.themes.includes(step.value)
        ? a
        : reviseAmbition(a, (d) => void d.themes.push(step.value), { by });
    case "dropTheme":
      return a.themes.length === 0
        ? a
        : reviseAmbition(a, (d) => void d.themes.splice(step.value % a.themes.length, 1), { by });
    case "addBelang":
      return a.belangIds.includes(step.value)
        ? a
        : reviseAmbition(a, (d) => void d.belangIds.unshift(step.value), { by });
    case "replaceAll":
      return reviseAmbition(
        a,
        (d): AmbitionContent => ({ text: d.text, themes: [...step.value], belangIds: [] }),
        { by },
      );
    case "endorse":
      return endorseAmbition(a, step.value);
  }
}

describe("model properties", () => {
  it("parse → serialize → parse is the identity", () => {
    fc.assert(
      fc.property(arbDoc, (doc) => {
        const once = parseSamenwerking(doc);
        const twice = parseSamenwerking(JSON.parse(serializeSamenwerking(once)));
        expect(twice).toEqual(once);
        expect(serializeSamenwerking(twice)).toBe(serializeSamenwerking(once));
      }),
    );
  });

  it("never mutates a valid document while parsing it", () => {
    fc.assert(
      fc.property(arbDoc, (doc) => {
        const before = JSON.stringify(doc);
        parseSamenwerking(deepFreeze(doc));
        expect(JSON.stringify(doc)).toBe(before);
      }),
    );
  });

  it("either accepts any value or refuses it with a SamenwerkingError, never another crash", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc
            .tuple(arbDoc, fc.anything())
            .map(([d, junk]) => ({ ...d, partners: [...d.partners, junk] })),
        ),
        (input) => {
          const r = safeParseSamenwerking(input);
          if (!r.success) {
            expect(isSamenwerkingError(r.error)).toBe(true);
            expect(r.error.issues.length).toBeGreaterThan(0);
            for (const i of r.error.issues) expect(typeof i.path).toBe("string");
          }
        },
      ),
    );
  });

  it("rebuilds every revision of a random history with ambitionAt", () => {
    fc.assert(
      fc.property(text, fc.array(fc.tuple(arbStep, id), { maxLength: 25 }), (start, steps) => {
        let a = createAmbition({ text: start, by: "p0" });
        const snapshots: AmbitionContent[] = [
          { text: a.text, themes: a.themes, belangIds: a.belangIds },
        ];
        for (const [step, by] of steps) {
          const next = applyStep(deepFreeze(a), step, by);
          if (next.revision !== a.revision) {
            snapshots.push({ text: next.text, themes: next.themes, belangIds: next.belangIds });
          }
          a = next;
        }
        expect(a.history).toHaveLength(snapshots.length);
        for (const [i, snap] of snapshots.entries()) {
          expect(ambitionAt(a, i + 1)).toEqual({ revision: i + 1, ...snap });
        }
        // The whole history survives a JSON round trip and validation.
        const doc = {
          partners: [
            ...new Set([
              "p0",
              ...steps.map(([, by]) => by),
              ...a.endorsements.map((e) => e.partnerId),
            ]),
          ].map((p) => ({
            id: p,
            name: p,
            brillen: ["relationeel"],
          })),
          belangen: a.belangIds.map((b) => ({
            id: b,
            partnerId: "p0",
            niveau: "netwerk",
            text: "x",
          })),
          standpunten: [],
          ambition: a,
        };
        expect(parseSamenwerking(JSON.parse(JSON.stringify(doc))).ambition).toEqual(a);
      }),
    );
  });
});
