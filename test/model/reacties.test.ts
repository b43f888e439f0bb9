import { describe, expect, it } from "vitest";
import { latestReacties, parseSamenwerking, safeParseSamenwerking } from "../../src/index";
import { isIsoDateTime } from "../../src/model/reactie";
import { deepFreeze } from "../support/freeze";

const base = {
  partners: [{ id: "a", name: "A", brillen: ["politiek"] }],
  belangen: [{ id: "b1", partnerId: "a", niveau: "netwerk", text: "Rust." }],
  standpunten: [{ id: "s1", partnerId: "a", text: "Geen parking." }],
};

const issuesOf = (input: unknown) => {
  const r = safeParseSamenwerking(input);
  return r.success ? [] : r.error.issues.map((i) => [i.path, i.code]);
};

describe("voorstellen and reacties", () => {
  it("accepts proposals and reactions to proposals and positions", () => {
    const s = parseSamenwerking({
      ...base,
      voorstellen: [{ id: "v1", text: "Een loket.", by: "a", belangIds: ["b1"] }],
      reacties: [
        { partnerId: "a", targetId: "v1", stance: "eens", reason: "Goed.", at: "2024-03-01" },
        { partnerId: "a", targetId: "s1", stance: "pas", at: "2024-03-01T09:30:00.5+01:00" },
      ],
    });
    expect(s.voorstellen?.length).toBe(1);
    expect(s.reacties?.length).toBe(2);
    expect(parseSamenwerking(base).reacties).toBeUndefined();
  });

  it("reports an unknown partner, an unknown target, an unknown stance and a bad date, with paths", () => {
    expect(
      issuesOf({
        ...base,
        reacties: [{ partnerId: "a", targetId: "v1", stance: "misschien", at: "2024-02-30" }],
      }),
    ).toEqual([
      ["reacties[0].stance", "invalid_value"],
      ["reacties[0].at", "invalid_date"],
      // In the same pass as the shape: there is no voorstel v1.
      ["reacties[0].targetId", "unknown_reference"],
    ]);
    expect(
      issuesOf({
        ...base,
        reacties: [{ partnerId: "x", targetId: "v1", stance: "eens" }],
      }),
    ).toEqual([
      ["reacties[0].partnerId", "unknown_reference"],
      ["reacties[0].targetId", "unknown_reference"],
    ]);
  });

  it("reports a proposal whose id is a standpunt's, an unknown author and unknown belangen", () => {
    expect(
      issuesOf({
        ...base,
        voorstellen: [
          { id: "s1", text: "X", by: "z", belangIds: ["b9"] },
          { id: "v2", text: "Y", belangIds: ["b1", "b1"] },
          { id: "v2", text: "Z" },
        ],
      }),
    ).toEqual([
      // Shape and references in one pass: every problem at once.
      ["voorstellen[1].belangIds", "duplicate_value"],
      ["voorstellen[2].id", "duplicate_id"],
      ["voorstellen[0].id", "duplicate_id"],
      ["voorstellen[0].by", "unknown_reference"],
      ["voorstellen[0].belangIds[0]", "unknown_reference"],
    ]);
    expect(
      issuesOf({
        ...base,
        voorstellen: [
          { id: "s1", text: "X", by: "z", belangIds: ["b9"] },
          { id: "v2", text: "Z" },
          { id: "v2", text: "Z" },
        ],
      }),
    ).toEqual([
      ["voorstellen[2].id", "duplicate_id"],
      ["voorstellen[0].id", "duplicate_id"],
      ["voorstellen[0].by", "unknown_reference"],
      ["voorstellen[0].belangIds[0]", "unknown_reference"],
    ]);
  });

  it("does not mutate frozen input", () => {
    const input = deepFreeze({
      ...base,
      reacties: [{ partnerId: "a", targetId: "s1", stance: "eens" }],
    });
    expect(parseSamenwerking(input).reacties).toEqual(input.reacties);
  });
});

describe("latestReacties", () => {
  it("keeps the latest reaction per partner and target, by date, else by list order", () => {
    expect(
      latestReacties([
        { partnerId: "b", targetId: "v", stance: "eens" },
        { partnerId: "a", targetId: "v", stance: "eens", at: "2024-03-02" },
        { partnerId: "a", targetId: "v", stance: "oneens", at: "2024-03-01" },
        { partnerId: "b", targetId: "v", stance: "pas" },
        { partnerId: "a", targetId: "u", stance: "pas" },
      ]),
    ).toEqual([
      { partnerId: "a", targetId: "u", stance: "pas" },
      { partnerId: "a", targetId: "v", stance: "eens", at: "2024-03-02" },
      { partnerId: "b", targetId: "v", stance: "pas" },
    ]);
  });
});

describe("isIsoDateTime", () => {
  it("accepts ISO 8601 dates and date-times that exist, and nothing else", () => {
    for (const ok of [
      "2024-02-29",
      "2024-03-01T09:30",
      "2024-03-01T09:30:00Z",
      "2024-03-01T23:59:59.123+0100",
    ])
      expect(isIsoDateTime(ok)).toBe(true);
    for (const bad of [
      "2023-02-29",
      "2024-13-01",
      "2024-00-10",
      "2024-01-00",
      "2024-03-01T24:00",
      "2024-03-01T10:00:60",
      "2024-03-01T10:00+25:00",
      "1 maart",
      "2024-3-1",
    ])
      expect(isIsoDateTime(bad)).toBe(false);
  });
});
