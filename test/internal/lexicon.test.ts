import { describe, expect, it } from "vitest";
import { found } from "../support/lexicon";

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

  it("skips words with a gap only within the clause", () => {
    expect(found("Ik ben bang dat het regent")).toContain("b.fear:bang_~1_dat@2-4");
    expect(found("Ik ben bang de dat")).toContain("b.fear:bang_~1_dat@2-5");
    // A comma before the skipped word, or before the word after the gap, ends the clause.
    expect(found("Ik ben bang, de dat")).not.toContain("b.fear:bang_~1_dat@2-5");
    expect(found("Ik ben bang de, dat")).not.toContain("b.fear:bang_~1_dat@2-5");
  });
});
