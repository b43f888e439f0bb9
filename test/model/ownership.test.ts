import { describe, expect, it } from "vitest";
import {
  createAmbition,
  endorseAmbition,
  exampleSamenwerking,
  ownership,
  parseSamenwerking,
  reviseAmbition,
} from "../../src/index";
import { smallDoc } from "../support/fixtures";
import { deepFreeze } from "../support/freeze";

describe("ownership", () => {
  it("counts the endorsers of the current revision of the example", () => {
    expect(ownership(deepFreeze(exampleSamenwerking()))).toEqual({
      revision: 3,
      endorsed: ["apothekers", "gemeente", "huisartsen", "thuiszorg"],
      notEndorsed: ["mantelzorg", "ocmw"],
      endorsedEarlier: ["ocmw"],
      share: 4 / 6,
    });
  });

  it("reports a collaboration without ambition as a state, not an error", () => {
    expect(ownership(parseSamenwerking(smallDoc()))).toEqual({
      revision: null,
      endorsed: [],
      notEndorsed: ["p1", "p2"],
      endorsedEarlier: [],
      share: 0,
    });
  });

  it("gives a share of 0 without partners", () => {
    expect(ownership({ partners: [], belangen: [], standpunten: [] }).share).toBe(0);
  });

  it("drops endorsements of earlier revisions from the share after a substantive revision", () => {
    let ambition = endorseAmbition(createAmbition({ text: "Samen", by: "p1" }), "p2");
    const doc = { ...smallDoc(), ambition };
    expect(ownership(parseSamenwerking(doc)).share).toBe(1);
    ambition = reviseAmbition(
      ambition,
      (d) => {
        d.text = "Samen, maar anders";
      },
      { by: "p1" },
    );
    const after = ownership(parseSamenwerking({ ...smallDoc(), ambition }));
    expect(after.share).toBe(0.5);
    expect(after.endorsedEarlier).toEqual(["p2"]);
  });
});
