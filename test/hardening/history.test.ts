import { describe, expect, it } from "vitest";
import {
  ambitionAt,
  createAmbition,
  diffAmbition,
  reviseAmbition,
  SamenwerkingError,
  type SharedAmbition,
  safeParseSamenwerking,
} from "../../src/index";
import { report } from "../../src/report/index";

/** The 398-byte document of issue 14, item 1, with the index (or path) of the hostile patch. */
function hostile(path: (string | number)[], value: unknown = "x"): Record<string, unknown> {
  return {
    partners: [{ id: "a", name: "A", brillen: ["politiek"] }],
    belangen: [],
    standpunten: [],
    ambition: {
      text: "Samen",
      themes: ["x"],
      belangIds: [],
      revision: 2,
      history: [
        { revision: 1, by: "a", substantive: true, patches: [], inversePatches: [] },
        {
          revision: 2,
          by: "a",
          substantive: true,
          patches: [{ op: "replace", path: ["themes", 0], value: "x" }],
          inversePatches: [{ op: "replace", path, value }],
        },
      ],
      endorsements: [{ partnerId: "a", revision: 2 }],
    },
  };
}

function historyIssue(doc: unknown): { path: string; code: string; message: string } {
  const r = safeParseSamenwerking(doc);
  expect(r.success).toBe(false);
  if (r.success) throw new Error("unreachable");
  const i = r.error.issues[0];
  if (i === undefined) throw new Error("no issue");
  return { path: i.path, code: i.code, message: i.message };
}

describe("history patches out of bounds (issue 14, item 1)", () => {
  it("refuses an index of 4294967294 without applying it", () => {
    const i = historyIssue(hostile(["themes", 4294967294]));
    expect(i.path).toBe("ambition.history[1].inversePatches");
    expect(i.code).toBe("invalid_history");
    expect(i.message).toContain("index 4294967294 is out of bounds");
  });

  it("refuses an index of 1e8", () => {
    expect(historyIssue(hostile(["themes", 1e8])).message).toContain("out of bounds");
  });

  it("refuses a write to an array's length", () => {
    expect(historyIssue(hostile(["themes", "length"], 1e7)).message).toContain(
      "index length is out of bounds",
    );
  });

  it("refuses paths that are too long or name an unknown field", () => {
    expect(historyIssue(hostile(["themes", 0, "x"])).message).toContain("too long");
    expect(historyIssue(hostile(["constructor"])).message).toContain("unknown field");
  });

  it("refuses more patches than a revision may hold", () => {
    const doc = hostile(["themes", 0]);
    const entry = (doc.ambition as SharedAmbition).history[1] as { inversePatches: unknown[] };
    entry.inversePatches = Array.from({ length: 10_001 }, () => ({
      op: "replace",
      path: ["themes", 0],
      value: "x",
    }));
    expect(historyIssue(doc).message).toContain("more than 10000 patches");
  });

  it("still accepts a history made by reviseAmbition, including an add at the end", () => {
    let a = createAmbition({ text: "Samen", themes: ["a", "b"], by: "a" });
    a = reviseAmbition(a, (d) => void d.themes.unshift("z"), { by: "a" });
    a = reviseAmbition(a, (d) => void d.themes.splice(1, 2), { by: "a" });
    a = reviseAmbition(a, () => ({ text: "Anders", themes: [], belangIds: [] }), { by: "a" });
    const doc = {
      partners: [{ id: "a", name: "A", brillen: ["politiek"] }],
      belangen: [],
      standpunten: [],
      ambition: a,
    };
    expect(safeParseSamenwerking(JSON.parse(JSON.stringify(doc))).success).toBe(true);
    expect(ambitionAt(a, 2).themes).toEqual(["z", "a", "b"]);
    expect(ambitionAt(a, 3).themes).toEqual(["z"]);
  });

  it("makes report refuse the hostile document instead of hanging", () => {
    expect(() =>
      report(hostile(["themes", 4294967294]) as never, { lang: "en", format: "html" }),
    ).toThrow(SamenwerkingError);
  });
});

/** A history of `n` revisions, alternating text, theme and belang changes. */
function longHistory(n: number): SharedAmbition {
  let a = createAmbition({ text: "Samen sterker.", themes: ["regio"], by: "p0" });
  for (let r = 2; r <= n; r++) {
    a = reviseAmbition(
      a,
      (d) => {
        if (r % 3 === 0) d.text = `Samen sterker, versie ${r}.`;
        else if (r % 3 === 1) d.themes.push(`thema${r}`);
        else d.belangIds.push(`b${r}`);
      },
      { by: "p0" },
    );
  }
  return a;
}

describe("replaying a long history (issue 14, item 3)", () => {
  const a = longHistory(4000);

  it("rebuilds every one of 4,000 revisions (quadratic replay took 25 s: the test timeout catches it)", () => {
    const snaps = [];
    for (let r = 1; r <= a.revision; r++) snaps.push(ambitionAt(a, r));
    expect(snaps[0]).toEqual({
      revision: 1,
      text: "Samen sterker.",
      themes: ["regio"],
      belangIds: [],
    });
    expect(snaps[3999]?.themes.length).toBe(1 + 1333);
    expect(snaps[1999]?.belangIds.length).toBe(667);
  });

  it("diffs consecutive revisions of a parsed copy the same way", () => {
    const copy = JSON.parse(JSON.stringify(a)) as SharedAmbition;
    for (const r of [2, 3, 4, 1000, 3999, 4000]) {
      expect(diffAmbition(copy, r - 1, r)).toEqual(diffAmbition(a, r - 1, r));
    }
  });

  it("writes the report of a 4,000-revision history (quadratic took 73 s: the timeout catches it)", () => {
    // Belang ids in the history need not resolve; those of the current revision must.
    const ambition = reviseAmbition(a, (d) => void d.belangIds.splice(0), { by: "p0" });
    const doc = {
      partners: [{ id: "p0", name: "P0", brillen: ["politiek" as const] }],
      belangen: [],
      standpunten: [],
      ambition,
    };
    const md = report(doc, { lang: "en", format: "markdown" });
    expect(md).toContain("4001. **Revision 4001**");
  });
});
