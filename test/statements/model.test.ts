import { describe, expect, it } from "vitest";
import { LANGS, STATEMENTS } from "../../src/lang";
import { families, modelFeatures } from "../../src/statements/classifier/fitting";
import { parseModel } from "../../src/statements/classifier/model";
import { classifyStatement } from "../../src/statements/classify";
import { CASES, PAIRS } from "../fixtures/kind-examples";

// The fitted model is weighed at run time on exactly the features it was fitted on: the score
// and the neither score of a statement are the model's sums over `modelFeatures`, so
// `npm run fit` and `classifyStatement` cannot drift apart.
describe("the fitted model", () => {
  const texts = [...CASES, ...PAIRS].map(([t]) => t);

  it("scores a statement as the sum of its fitted features, in both languages", () => {
    for (const lang of LANGS) {
      const source = STATEMENTS[lang].model;
      expect(typeof source).toBe("string");
      const model = parseModel(source as string, lang);
      for (const text of texts) {
        let s = model.bias.standpunt;
        let o = model.bias.neither;
        for (const [key, count] of modelFeatures(text, lang)) {
          const w = key.startsWith("@") ? model.families.get(key.slice(1)) : model.phrases.get(key);
          if (w === undefined) continue;
          s += w.standpunt * count;
          o += w.neither * count;
        }
        const c = classifyStatement(text, { lang });
        expect(c.score).toBeCloseTo(s, 5);
        expect(c.neither).toBeCloseTo(o, 5);
        // The listed cues carry the same sums.
        const fromCues = c.cues.reduce((a, q) => a + q.neither, model.bias.neither);
        expect(fromCues).toBeCloseTo(o, 5);
      }
    }
  });

  it("lists every family of the pack's lexicons, and phrases of one to three words", () => {
    for (const lang of LANGS) {
      const model = parseModel(STATEMENTS[lang].model as string, lang);
      // Every family of the lexicon, in each context, has its fitted weights: a family the
      // model lacks would weigh as an unfitted cue.
      expect(families().filter((f) => !model.families.has(f))).toEqual([]);
      for (const key of model.phrases.keys()) {
        const words = key.replace(/^\^/, "").split("_");
        expect(words.length).toBeGreaterThanOrEqual(1);
        expect(words.length).toBeLessThanOrEqual(3);
      }
      // A refusal points to standpunt, a fear to belang: families keep their direction.
      expect(model.families.get("s.refuse")?.standpunt).toBeGreaterThanOrEqual(0);
      expect(model.families.get("b.fear")?.standpunt).toBeLessThanOrEqual(0);
    }
  });
});
