import { describe, expect, it } from "vitest";
import {
  type AmbitionContent,
  ambitionAt,
  createAmbition,
  diffAmbition,
  endorseAmbition,
  reviseAmbition,
  SamenwerkingError,
  SharedAmbitionSchema,
  withdrawEndorsement,
} from "../../src/index";
import { deepFreeze } from "../support/freeze";

const v1 = (): ReturnType<typeof createAmbition> =>
  createAmbition({ text: "Samen zorgen voor elk gezin.", themes: ["gezin"], by: "ocmw" });

function codes(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof SamenwerkingError) return e.issues.map((i) => `${i.path} ${i.code}`);
    throw e;
  }
  throw new Error("expected a SamenwerkingError");
}

describe("createAmbition", () => {
  it("makes revision 1, endorsed by its proposer", () => {
    expect(createAmbition({ text: "Samen sterker", by: "ocmw" })).toEqual({
      text: "Samen sterker",
      themes: [],
      belangIds: [],
      revision: 1,
      history: [{ revision: 1, by: "ocmw", substantive: true, patches: [], inversePatches: [] }],
      endorsements: [{ partnerId: "ocmw", revision: 1 }],
    });
  });

  it("copies the lists it is given", () => {
    const themes = deepFreeze(["zorg"]);
    const a = createAmbition({ text: "Samen sterker", themes, by: "ocmw" });
    expect(a.themes).toEqual(["zorg"]);
    expect(a.themes).not.toBe(themes);
  });

  it("refuses a blank text, duplicate themes and a blank proposer, all at once", () => {
    expect(
      codes(() => createAmbition({ text: " ", themes: ["a", "a"], belangIds: [""], by: "" })),
    ).toEqual(["text blank", "themes duplicate_value", "belangIds[0] blank", "by blank"]);
  });

  it("produces a value its own schema accepts", () => {
    expect(SharedAmbitionSchema.safeParse(v1()).success).toBe(true);
  });
});

describe("reviseAmbition", () => {
  it("adds a revision with patches and the reason", () => {
    const a = deepFreeze(v1());
    const b = reviseAmbition(a, (d) => void d.themes.push("opvang"), {
      by: "stad",
      reason: "Opvang hoort erbij",
    });
    expect(b.revision).toBe(2);
    expect(b.themes).toEqual(["gezin", "opvang"]);
    expect(b.history[1]).toEqual({
      revision: 2,
      by: "stad",
      reason: "Opvang hoort erbij",
      substantive: true,
      patches: [{ op: "add", path: ["themes", 1], value: "opvang" }],
      inversePatches: [{ op: "remove", path: ["themes", 1] }],
    });
    expect(a.revision).toBe(1);
    expect(a.themes).toEqual(["gezin"]);
  });

  it("returns the same ambition when the recipe changes nothing", () => {
    const a = v1();
    expect(reviseAmbition(a, () => {}, { by: "stad" })).toBe(a);
    expect(
      reviseAmbition(
        a,
        (d) => {
          d.text = a.text;
        },
        { by: "stad" },
      ),
    ).toBe(a);
  });

  it("accepts a recipe that returns a whole new content", () => {
    const next: AmbitionContent = { text: "Nieuw", themes: [], belangIds: ["b1"] };
    const b = reviseAmbition(v1(), () => next, { by: "stad" });
    expect(ambitionAt(b, 2)).toEqual({ revision: 2, ...next });
  });

  it("moves a substantive revision past earlier endorsements; the proposer endorses it", () => {
    let a = endorseAmbition(v1(), "stad");
    a = reviseAmbition(
      a,
      (d) => {
        d.text = "Samen zorgen voor elk gezin en elk kind.";
      },
      {
        by: "school",
      },
    );
    expect(a.endorsements).toEqual([
      { partnerId: "ocmw", revision: 1 },
      { partnerId: "school", revision: 2 },
      { partnerId: "stad", revision: 1 },
    ]);
    expect(a.history[1]?.substantive).toBe(true);
  });

  it("carries endorsements forward over an editorial revision (case, punctuation, spacing)", () => {
    let a = endorseAmbition(v1(), "stad");
    a = reviseAmbition(
      a,
      (d) => {
        d.text = "samen zorgen  voor elk gezin!";
      },
      { by: "school" },
    );
    expect(a.history[1]?.substantive).toBe(false);
    expect(a.endorsements).toEqual([
      { partnerId: "ocmw", revision: 2 },
      { partnerId: "school", revision: 2 },
      { partnerId: "stad", revision: 2 },
    ]);
  });

  it("counts a change of themes as substantive even when the text stays", () => {
    const a = reviseAmbition(v1(), (d) => void d.themes.pop(), { by: "stad" });
    expect(a.history[1]?.substantive).toBe(true);
    expect(a.endorsements).toContainEqual({ partnerId: "ocmw", revision: 1 });
  });

  it("refuses a revision that leaves an invalid content", () => {
    expect(
      codes(() =>
        reviseAmbition(
          v1(),
          (d) => {
            d.text = "";
          },
          { by: "stad" },
        ),
      ),
    ).toEqual(["text blank"]);
    expect(
      codes(() => reviseAmbition(v1(), (d) => void d.themes.push("gezin"), { by: "stad" })),
    ).toEqual(["themes duplicate_value"]);
  });

  it("refuses a blank proposer or reason", () => {
    expect(codes(() => reviseAmbition(v1(), () => {}, { by: " " }))).toEqual(["by blank"]);
    expect(codes(() => reviseAmbition(v1(), () => {}, { by: "stad", reason: "" }))).toEqual([
      "reason blank",
    ]);
  });
});

describe("endorseAmbition", () => {
  it("records the endorsement of the current revision, sorted by partner", () => {
    const a = endorseAmbition(deepFreeze(v1()), "apotheek");
    expect(a.endorsements).toEqual([
      { partnerId: "apotheek", revision: 1 },
      { partnerId: "ocmw", revision: 1 },
    ]);
  });

  it("returns the same ambition when the partner already endorsed the current revision", () => {
    const a = v1();
    expect(endorseAmbition(a, "ocmw")).toBe(a);
  });

  it("moves an earlier endorsement to the current revision", () => {
    const a = reviseAmbition(
      v1(),
      (d) => {
        d.text = "Iets anders";
      },
      { by: "stad" },
    );
    expect(endorseAmbition(a, "ocmw").endorsements).toEqual([
      { partnerId: "ocmw", revision: 2 },
      { partnerId: "stad", revision: 2 },
    ]);
  });

  it("refuses an invalid partner id", () => {
    expect(codes(() => endorseAmbition(v1(), ""))).toEqual(["partnerId blank"]);
  });
});

describe("withdrawEndorsement", () => {
  it("removes the partner's endorsement", () => {
    expect(withdrawEndorsement(deepFreeze(v1()), "ocmw").endorsements).toEqual([]);
  });

  it("returns the same ambition when the partner had none", () => {
    const a = v1();
    expect(withdrawEndorsement(a, "stad")).toBe(a);
  });
});

describe("ambitionAt", () => {
  it("rebuilds every earlier revision", () => {
    const a1 = v1();
    const a2 = reviseAmbition(
      a1,
      (d) => {
        d.text = "Tweede";
      },
      { by: "stad" },
    );
    const a3 = reviseAmbition(a2, (d) => void d.belangIds.push("b1", "b2"), { by: "ocmw" });
    const a4 = reviseAmbition(a3, (d) => void d.belangIds.splice(0, 1), { by: "ocmw" });
    expect(ambitionAt(a4, 1)).toEqual({
      revision: 1,
      text: a1.text,
      themes: a1.themes,
      belangIds: a1.belangIds,
    });
    expect(ambitionAt(a4, 2)).toMatchObject({ text: "Tweede", belangIds: [] });
    expect(ambitionAt(a4, 3)).toMatchObject({ belangIds: ["b1", "b2"] });
    expect(ambitionAt(a4, 4)).toMatchObject({ belangIds: ["b2"] });
  });

  it("throws a RangeError for a revision that does not exist", () => {
    expect(() => ambitionAt(v1(), 0)).toThrow(RangeError);
    expect(() => ambitionAt(v1(), 2)).toThrow("revision must be a whole number from 1 to 1, got 2");
    expect(() => ambitionAt(v1(), 1.5)).toThrow(RangeError);
  });
});

describe("diffAmbition", () => {
  it("lists what changed between two revisions", () => {
    const a2 = reviseAmbition(
      v1(),
      (d) => {
        d.themes = ["kind", "school"];
      },
      {
        by: "stad",
        reason: "r",
      },
    );
    const a3 = reviseAmbition(
      a2,
      (d) => {
        d.text = "Samen voor elk kind.";
      },
      { by: "ocmw" },
    );
    const diff = diffAmbition(a3, 1);
    expect(diff).toMatchObject({
      from: 1,
      to: 3,
      text: { before: "Samen zorgen voor elk gezin.", after: "Samen voor elk kind." },
      themesAdded: ["kind", "school"],
      themesRemoved: ["gezin"],
      belangIdsAdded: [],
      belangIdsRemoved: [],
    });
    expect(diff.revisions.map((r) => r.revision)).toEqual([2, 3]);
  });

  it("compares backwards too, without revisions in between", () => {
    const a2 = reviseAmbition(v1(), (d) => void d.belangIds.push("b1"), { by: "stad" });
    expect(diffAmbition(a2, 2, 1)).toMatchObject({
      text: null,
      belangIdsRemoved: ["b1"],
      revisions: [],
    });
  });

  it("throws a RangeError for revisions out of range", () => {
    expect(() => diffAmbition(v1(), 1, 3)).toThrow("to must be a whole number from 1 to 1, got 3");
  });
});

describe("SharedAmbitionSchema", () => {
  const textRevised = (): ReturnType<typeof v1> =>
    reviseAmbition(
      v1(),
      (d) => {
        d.text = "Tweede";
      },
      { by: "stad" },
    );

  it("refuses history patches that do not lead back to the current content", () => {
    const tampered = structuredClone(textRevised());
    (tampered.history[1]?.patches[0] as { value: unknown }).value = "Iets anders";
    const r = SharedAmbitionSchema.safeParse(tampered);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["history.1.patches"]);
  });

  it("refuses inverse patches that cannot be applied", () => {
    const tampered = structuredClone(textRevised());
    tampered.history[1]?.inversePatches.push({ op: "remove", path: ["nope", 3] });
    expect(SharedAmbitionSchema.safeParse(tampered).error?.issues[0]?.path).toEqual([
      "history",
      1,
      "inversePatches",
    ]);
  });

  it("refuses inverse patches that rebuild an invalid revision", () => {
    const tampered = structuredClone(textRevised());
    (tampered.history[1]?.inversePatches[0] as { value: unknown }).value = "";
    expect(SharedAmbitionSchema.safeParse(tampered).error?.issues[0]?.message).toBe(
      "does not agree with the ambition's history: rebuild an invalid revision 1",
    );
  });

  it("refuses misnumbered revisions, patches on revision 1 and double endorsements", () => {
    const a = v1();
    const bad = {
      ...a,
      history: [
        { ...a.history[0], revision: 2, patches: [{ op: "replace", path: ["text"], value: "x" }] },
      ],
      endorsements: [
        { partnerId: "ocmw", revision: 1 },
        { partnerId: "ocmw", revision: 1 },
      ],
    };
    expect(SharedAmbitionSchema.safeParse(bad).error?.issues.map((i) => i.path.join("."))).toEqual([
      "history.0.revision",
      "history.0",
      "endorsements.1.partnerId",
    ]);
  });
});
