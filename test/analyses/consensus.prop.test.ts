import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { consensus, parseSamenwerking, type Reactie, type Samenwerking } from "../../src/index";

const PARTNERS = ["a", "b", "c", "d", "e", "f"];
const TARGETS = ["v1", "v2", "v3"];
const arbStance = fc.constantFrom("eens" as const, "oneens" as const, "pas" as const);
const arbReacties = fc.uniqueArray(
  fc.record({
    partnerId: fc.constantFrom(...PARTNERS),
    targetId: fc.constantFrom(...TARGETS),
    stance: arbStance,
  }),
  { selector: (r) => `${r.partnerId}|${r.targetId}`, maxLength: 18 },
);
const arbGroups = fc.array(fc.constantFrom("x", "y", "z"), {
  minLength: PARTNERS.length,
  maxLength: PARTNERS.length,
});

function doc(reacties: readonly Reactie[], extraPartners: string[] = []): Samenwerking {
  return parseSamenwerking({
    partners: [...PARTNERS, ...extraPartners].map((id) => ({
      id,
      name: id,
      brillen: ["relationeel"],
    })),
    belangen: [],
    standpunten: [],
    voorstellen: TARGETS.map((id) => ({ id, text: id })),
    reacties,
  });
}

const strip = (s: Samenwerking) =>
  consensus(s).targets.map((t) => ({ ...t, missing: [...t.missing] }));

describe("consensus (properties)", () => {
  it("does not depend on the order of the reactions", () => {
    fc.assert(
      fc.property(arbReacties, fc.integer(), (rs, seed) => {
        const shuffled = [...rs].sort(
          (p, q) => ((p.partnerId.charCodeAt(0) * seed + q.targetId.length) % 3) - 1,
        );
        expect(strip(doc(shuffled))).toEqual(strip(doc(rs)));
        expect(consensus(doc(shuffled)).bridging).toEqual(consensus(doc(rs)).bridging);
      }),
    );
  });

  it("lets a later reaction of a partner to a target replace the earlier one", () => {
    fc.assert(
      fc.property(arbReacties, arbStance, arbStance, (rs, first, last) => {
        const base = rs.filter((r) => !(r.partnerId === "a" && r.targetId === "v1"));
        const once = doc([...base, { partnerId: "a", targetId: "v1", stance: last }]);
        const twice = doc([
          ...base,
          { partnerId: "a", targetId: "v1", stance: first },
          { partnerId: "a", targetId: "v1", stance: last },
        ]);
        expect(strip(twice)).toEqual(strip(once));
        const dated = doc([
          ...base,
          { partnerId: "a", targetId: "v1", stance: last, at: "2024-05-02" },
          { partnerId: "a", targetId: "v1", stance: first, at: "2024-05-01" },
        ]);
        expect(strip(dated)).toEqual(strip(once));
      }),
    );
  });

  it("never lowers group consensus when a group that agrees is added", () => {
    fc.assert(
      fc.property(arbReacties, arbGroups, fc.integer({ min: 1, max: 4 }), (rs, groups, size) => {
        const extra = Array.from({ length: size }, (_, i) => `new${i}`);
        const groupOf = (p: { id: string }) =>
          p.id.startsWith("new") ? "new" : (groups[PARTNERS.indexOf(p.id)] as string);
        const before = consensus(doc(rs, extra), {
          groupBy: (p) => (p.id.startsWith("new") ? undefined : groupOf(p)),
        });
        for (const t of before.targets) {
          // The new group agrees with the target: its support is at least the current consensus.
          const agree = extra.map((id) => ({
            partnerId: id,
            targetId: t.targetId,
            stance: "eens" as const,
          }));
          const after = consensus(doc([...rs, ...agree], extra), { groupBy: groupOf });
          const newGroup = after.targets
            .find((x) => x.targetId === t.targetId)
            ?.groups.find((g) => g.group === "new");
          if ((newGroup?.support.mean ?? 0) < t.groupConsensus) continue;
          const now = after.targets.find((x) => x.targetId === t.targetId)?.groupConsensus ?? 0;
          expect(now).toBeGreaterThanOrEqual(t.groupConsensus - 1e-12);
        }
      }),
    );
  });

  it("never lowers group consensus when a partner turns to eens", () => {
    fc.assert(
      fc.property(arbReacties, arbGroups, (rs, groups) => {
        const groupBy = (p: { id: string }) => groups[PARTNERS.indexOf(p.id)] as string;
        const before = consensus(doc(rs), { groupBy });
        const after = consensus(doc([...rs, { partnerId: "a", targetId: "v1", stance: "eens" }]), {
          groupBy,
        });
        expect(after.targets[0]?.groupConsensus).toBeGreaterThanOrEqual(
          (before.targets[0]?.groupConsensus ?? 0) - 1e-12,
        );
      }),
    );
  });
});
