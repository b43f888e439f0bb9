import { describe, expect, it } from "vitest";
import {
  createAmbition,
  exampleSamenwerking,
  formatIssues,
  ISSUE_MESSAGES,
  type IssueCode,
  isSamenwerkingError,
  parseSamenwerking,
  SamenwerkingError,
  SamenwerkingSchema,
  safeParseSamenwerking,
  safeParseSamenwerkingJson,
  samenwerkingJsonSchema,
  serializeSamenwerking,
} from "../../src/index";
import { smallDoc } from "../support/fixtures";
import { deepFreeze } from "../support/freeze";

function issuesOf(input: unknown): { path: string; code: IssueCode }[] {
  const r = safeParseSamenwerking(input);
  if (r.success) throw new Error("expected the input to be refused");
  return r.error.issues.map(({ path, code }) => ({ path, code }));
}

describe("parseSamenwerking", () => {
  it("returns a typed collaboration equal to valid input", () => {
    const doc = smallDoc();
    const s = parseSamenwerking(doc);
    expect(s).toEqual(doc);
    expect(s).not.toBe(doc);
  });

  it("does not mutate deeply frozen input", () => {
    const doc = deepFreeze(smallDoc());
    const before = JSON.stringify(doc);
    expect(() => parseSamenwerking(doc)).not.toThrow();
    expect(JSON.stringify(doc)).toBe(before);
  });

  it("accepts the embedded example with its ambition history", () => {
    const s = exampleSamenwerking();
    expect(s.partners).toHaveLength(6);
    expect(s.ambition?.revision).toBe(3);
  });

  it("throws a SamenwerkingError with every problem, not only the first", () => {
    const doc = smallDoc();
    doc.partners[0] = { id: "p1", name: "", brillen: [] };
    doc.belangen[1] = { id: "b2", partnerId: "p2", niveau: "regio", text: "x", weight: -1 };
    try {
      parseSamenwerking(doc);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SamenwerkingError);
      const err = e as SamenwerkingError;
      expect(err.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
        "partners[0].name blank",
        "partners[0].brillen too_small",
        "belangen[1].niveau invalid_value",
        "belangen[1].weight too_small",
      ]);
      expect(err.message).toContain("partners[0].name: must not be blank");
      expect(err.name).toBe("SamenwerkingError");
    }
  });

  it("reports missing fields as missing, with their path", () => {
    expect(issuesOf({ partners: [{}], belangen: [], standpunten: [] })).toEqual([
      { path: "partners[0].id", code: "missing" },
      { path: "partners[0].name", code: "missing" },
      { path: "partners[0].brillen", code: "missing" },
    ]);
    expect(issuesOf({})).toEqual([
      { path: "partners", code: "missing" },
      { path: "belangen", code: "missing" },
      { path: "standpunten", code: "missing" },
    ]);
  });

  it("reports wrong types", () => {
    expect(issuesOf(null)).toEqual([{ path: "", code: "invalid_type" }]);
    expect(issuesOf([])).toEqual([{ path: "", code: "invalid_type" }]);
    expect(issuesOf("{}")).toEqual([{ path: "", code: "invalid_type" }]);
    const doc = smallDoc();
    doc.partners[0] = { id: 7, name: "An", brillen: "utilitair" };
    expect(issuesOf(doc)).toEqual([
      { path: "partners[0].id", code: "invalid_type" },
      { path: "partners[0].brillen", code: "invalid_type" },
    ]);
  });

  it("refuses unknown fields instead of dropping them", () => {
    const doc = smallDoc();
    (doc.partners[0] as Record<string, unknown>).email = "an@example.org";
    doc.extra = true;
    expect(issuesOf(doc)).toEqual([
      { path: "partners[0].email", code: "unknown_key" },
      { path: "extra", code: "unknown_key" },
    ]);
  });

  it("keeps app data in meta", () => {
    const doc = smallDoc();
    (doc.partners[0] as Record<string, unknown>).meta = {
      email: "an@example.org",
      tags: [1, "x", null],
    };
    expect(parseSamenwerking(doc).partners[0]?.meta).toEqual({
      email: "an@example.org",
      tags: [1, "x", null],
    });
  });

  it("refuses NaN and infinite numbers as not finite", () => {
    const doc = smallDoc();
    (doc.partners[1] as Record<string, unknown>).influence = Number.NaN;
    (doc.belangen[1] as Record<string, unknown>).weight = Number.POSITIVE_INFINITY;
    expect(issuesOf(doc)).toEqual([
      { path: "partners[1].influence", code: "not_finite" },
      { path: "belangen[1].weight", code: "not_finite" },
    ]);
  });

  it("refuses fractional revision numbers as not integer", () => {
    const doc = smallDoc();
    const ambition = createAmbition({ text: "Samen", by: "p1" });
    doc.ambition = { ...ambition, endorsements: [{ partnerId: "p1", revision: 1.5 }] };
    expect(issuesOf(doc)).toEqual([
      { path: "ambition.endorsements[0].revision", code: "not_integer" },
    ]);
  });

  it("refuses meta values that are not JSON, with a quoted path for unusual keys", () => {
    const doc = smallDoc();
    (doc.partners[0] as Record<string, unknown>).meta = { "e-mail": () => "an@example.org" };
    expect(issuesOf(doc)).toEqual([{ path: 'partners[0].meta["e-mail"]', code: "invalid_value" }]);
  });

  it("refuses numbers out of range", () => {
    const doc = smallDoc();
    (doc.partners[1] as Record<string, unknown>).influence = 1.5;
    (doc.belangen[1] as Record<string, unknown>).weight = 0;
    expect(issuesOf(doc)).toEqual([
      { path: "partners[1].influence", code: "too_big" },
      { path: "belangen[1].weight", code: "too_small" },
    ]);
  });

  it("refuses blank texts and untrimmed ids", () => {
    const doc = smallDoc();
    (doc.belangen[0] as Record<string, unknown>).text = "   ";
    (doc.standpunten[0] as Record<string, unknown>).id = " s1";
    expect(issuesOf(doc)).toEqual([
      { path: "belangen[0].text", code: "blank" },
      { path: "standpunten[0].id", code: "untrimmed" },
    ]);
  });

  it("refuses a lens that is not one of the four, and duplicate lenses", () => {
    const doc = smallDoc();
    doc.partners[0] = { id: "p1", name: "An", brillen: ["financieel"] };
    doc.partners[1] = { id: "p2", name: "Bert", brillen: ["zingevend", "zingevend"] };
    expect(issuesOf(doc)).toEqual([
      { path: "partners[0].brillen[0]", code: "invalid_value" },
      { path: "partners[1].brillen", code: "duplicate_value" },
    ]);
  });

  it("refuses texts longer than the limit", () => {
    const doc = smallDoc();
    (doc.belangen[0] as Record<string, unknown>).text = "x".repeat(20_001);
    expect(issuesOf(doc)).toEqual([{ path: "belangen[0].text", code: "too_big" }]);
  });

  it("refuses duplicate ids and names where the first one is", () => {
    const doc = smallDoc();
    doc.partners.push({ id: "p1", name: "Again", brillen: ["politiek"] });
    const r = safeParseSamenwerking(doc);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.issues).toEqual([
        {
          path: "partners[2].id",
          code: "duplicate_id",
          message: `${ISSUE_MESSAGES.duplicate_id}: "p1" is also partners[0]`,
        },
      ]);
    }
  });

  it("refuses dangling references everywhere", () => {
    const doc = smallDoc();
    (doc.belangen[0] as Record<string, unknown>).partnerId = "ghost";
    (doc.standpunten[0] as Record<string, unknown>).partnerId = "ghost";
    (doc.standpunten[0] as Record<string, unknown>).belangIds = ["b1", "nope"];
    doc.ambition = createAmbition({ text: "Samen", belangIds: ["b9"], by: "p7" });
    expect(issuesOf(doc)).toEqual([
      { path: "belangen[0].partnerId", code: "unknown_reference" },
      { path: "standpunten[0].partnerId", code: "unknown_reference" },
      { path: "standpunten[0].belangIds[1]", code: "unknown_reference" },
      { path: "ambition.belangIds[0]", code: "unknown_reference" },
      { path: "ambition.history[0].by", code: "unknown_reference" },
      { path: "ambition.endorsements[0].partnerId", code: "unknown_reference" },
    ]);
  });

  it("refuses __proto__ keys without polluting any prototype", () => {
    const doc = JSON.parse(
      '{"partners":[{"id":"p1","name":"An","brillen":["utilitair"],"meta":{"__proto__":{"polluted":true}}}],"belangen":[],"standpunten":[],"__proto__":{"polluted":true}}',
    );
    expect(issuesOf(doc)).toEqual([
      { path: "partners[0].meta.__proto__", code: "forbidden_key" },
      { path: "__proto__", code: "forbidden_key" },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("refuses constructor and prototype keys", () => {
    const doc = smallDoc();
    (doc.partners[0] as Record<string, unknown>).meta = { constructor: 1, prototype: 2 };
    expect(issuesOf(doc).map((i) => i.code)).toEqual(["forbidden_key", "forbidden_key"]);
  });

  it("refuses cycles instead of looping", () => {
    const doc = smallDoc();
    const meta: Record<string, unknown> = {};
    meta.self = meta;
    (doc.partners[0] as Record<string, unknown>).meta = meta;
    expect(issuesOf(doc)).toEqual([{ path: "partners[0].meta.self", code: "cycle" }]);
  });

  it("refuses nesting deeper than the limit instead of overflowing the stack", () => {
    let deep: unknown = "bottom";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const doc = smallDoc();
    (doc.partners[0] as Record<string, unknown>).meta = { deep };
    const issues = issuesOf(doc);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe("too_deep");
  });

  it("lists every problem of a large broken document in error.issues and summarises the message", () => {
    const doc = smallDoc();
    for (let i = 0; i < 1000; i++)
      doc.belangen.push({ id: `x${i}`, partnerId: "p1", niveau: "nope", text: "t" });
    const r = safeParseSamenwerking(doc);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.issues).toHaveLength(1000);
      expect(r.error.message.split("\n")).toHaveLength(22);
      expect(r.error.message).toContain("… and 980 more");
    }
  });

  it("validates a 10 MB document", () => {
    const doc = smallDoc();
    const text = "Wij willen dat elk gezin in de regio goed terechtkan. ".repeat(100);
    for (let i = 0; i < 2000; i++) {
      doc.belangen.push({ id: `big${i}`, partnerId: "p2", niveau: "netwerk", text });
    }
    const json = JSON.stringify(doc);
    expect(json.length).toBeGreaterThan(10_000_000);
    expect(safeParseSamenwerkingJson(json).success).toBe(true);
  });

  it("reports an inconsistent ambition history", () => {
    const doc = smallDoc();
    const ambition = createAmbition({ text: "Samen", by: "p1" });
    doc.ambition = { ...ambition, revision: 2, endorsements: [{ partnerId: "p1", revision: 5 }] };
    expect(issuesOf(doc)).toEqual([
      { path: "ambition.revision", code: "invalid_history" },
      { path: "ambition.endorsements[0].revision", code: "invalid_history" },
    ]);
  });
});

describe("safeParseSamenwerking", () => {
  it("returns the data on success", () => {
    const r = safeParseSamenwerking(smallDoc());
    expect(r.success).toBe(true);
    if (r.success) expect(r.data.partners[0]?.id).toBe("p1");
  });

  it("returns the error as a value on failure", () => {
    const r = safeParseSamenwerking(42);
    expect(r.success).toBe(false);
    if (!r.success) expect(isSamenwerkingError(r.error)).toBe(true);
  });
});

describe("safeParseSamenwerkingJson", () => {
  it("reports malformed JSON as one invalid_json issue at the root", () => {
    const r = safeParseSamenwerkingJson('{"partners": [');
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.error.issues.map((i) => [i.path, i.code])).toEqual([["", "invalid_json"]]);
  });
});

describe("serializeSamenwerking", () => {
  it("writes JSON that parses back to an equal collaboration", () => {
    const s = exampleSamenwerking();
    expect(parseSamenwerking(JSON.parse(serializeSamenwerking(s)))).toEqual(s);
  });

  it("indents when asked", () => {
    expect(
      serializeSamenwerking({ partners: [], belangen: [], standpunten: [] }, { space: 2 }),
    ).toContain('\n  "partners": []');
  });
});

describe("SamenwerkingSchema", () => {
  it("composes into an app's own zod schema", async () => {
    const z = await import("zod");
    const App = z.object({ workshop: z.string(), samenwerking: SamenwerkingSchema });
    expect(App.safeParse({ workshop: "w1", samenwerking: smallDoc() }).success).toBe(true);
  });
});

describe("samenwerkingJsonSchema", () => {
  it("describes the document for other languages", () => {
    const schema = samenwerkingJsonSchema() as {
      $schema: string;
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, unknown>;
    };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toEqual(["partners", "belangen", "standpunten"]);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual([
      "name",
      "partners",
      "belangen",
      "standpunten",
      "ambition",
      "voorstellen",
      "reacties",
    ]);
  });

  it("returns a fresh object each time", () => {
    expect(samenwerkingJsonSchema()).not.toBe(samenwerkingJsonSchema());
    expect(samenwerkingJsonSchema()).toEqual(samenwerkingJsonSchema());
  });
});

describe("schema/samenwerking.schema.json", () => {
  it("is in sync with samenwerkingJsonSchema() (regenerate with `npx tsx scripts/write-schema.ts`)", async () => {
    const { readFileSync } = await import("node:fs");
    const file = JSON.parse(
      readFileSync(new URL("../../schema/samenwerking.schema.json", import.meta.url), "utf8"),
    );
    const { $id, title, description, ...rest } = file;
    expect(rest).toEqual(samenwerkingJsonSchema());
    expect([$id, title, typeof description]).toEqual([
      "https://unpkg.com/samenwerken/schema/samenwerking.schema.json",
      "Samenwerking",
      "string",
    ]);
  });
});

describe("validation in one pass", () => {
  const fiveProblems = {
    partners: [
      { id: "p1", name: "An", brillen: ["utilitair"] },
      { id: "p1", name: "Bo", brillen: ["politiek"] },
    ],
    belangen: [{ id: "b1", partnerId: "p9", niveau: "regio", text: "Rust" }],
    standpunten: [{ id: "s1", partnerId: "p1", text: "Een loket.", belangIds: ["b7"] }],
    extra: true,
  };

  it("reports five different problems (shape and references mixed) at once, in Dutch and English", () => {
    const nl = safeParseSamenwerking(fiveProblems, { lang: "nl" });
    const en = safeParseSamenwerking(fiveProblems);
    expect(nl.success || en.success).toBe(false);
    if (nl.success || en.success) return;
    expect(nl.error.issues.map((i) => [i.path, i.code])).toEqual([
      ["belangen[0].niveau", "invalid_value"],
      ["extra", "unknown_key"],
      ["partners[1].id", "duplicate_id"],
      ["belangen[0].partnerId", "unknown_reference"],
      ["standpunten[0].belangIds[0]", "unknown_reference"],
    ]);
    expect(en.error.issues.map((i) => i.code)).toEqual(nl.error.issues.map((i) => i.code));
    expect(nl.error.message.split("\n")).toEqual([
      "Ongeldige samenwerking (5 problemen):",
      'belangen[0].niveau: is geen van de toegelaten waarden: verwacht een van "individu", "organisatie", "netwerk"',
      "extra: is geen gekend veld",
      'partners[1].id: id wordt meer dan eens gebruikt: "p1" is ook partners[0]',
      'belangen[0].partnerId: verwijst naar een id dat niet bestaat: er is geen partner met id "p9"',
      'standpunten[0].belangIds[0]: verwijst naar een id dat niet bestaat: er is geen belang met id "b7"',
    ]);
    expect(en.error.message.split("\n")).toEqual([
      "Invalid collaboration (5 problems):",
      'belangen[0].niveau: is not one of the allowed values: expected one of "individu", "organisatie", "netwerk"',
      "extra: is not a known field",
      'partners[1].id: id is used more than once: "p1" is also partners[0]',
      'belangen[0].partnerId: refers to an id that does not exist: no partner has id "p9"',
      'standpunten[0].belangIds[0]: refers to an id that does not exist: no belang has id "b7"',
    ]);
  });

  it("says that more checks follow where a list cannot be read", () => {
    const r = safeParseSamenwerking(
      {
        partners: { p1: "An" },
        belangen: [{ id: 3, partnerId: "x", niveau: "netwerk", text: "Rust" }],
        standpunten: [{ id: "s1", partnerId: "x", text: "Een loket.", belangIds: ["b1"] }],
      },
      { lang: "nl" },
    );
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error.issues.map((i) => i.message)).toEqual([
      "heeft het verkeerde type: verwacht een lijst, maar het is een object (meer controles volgen zodra dit verbeterd is)",
      "heeft het verkeerde type: verwacht tekst, maar het is een getal (meer controles volgen zodra dit verbeterd is)",
    ]);
    const cycle: Record<string, unknown> = { partners: [], belangen: [], standpunten: [] };
    cycle.meta = cycle;
    const c = safeParseSamenwerking(cycle);
    expect(c.success ? "" : c.error.issues[0]?.message).toBe(
      "refers back to itself (more checks follow once this is fixed)",
    );
  });

  it("accepts a UTF-8 byte-order mark and names the line and column of a JSON syntax error", () => {
    const ok = safeParseSamenwerkingJson('\uFEFF{"partners":[],"belangen":[],"standpunten":[]}');
    expect(ok.success).toBe(true);
    const text = '{\n  "partners": [],\n  "belangen": [] "x"\n}';
    const nl = safeParseSamenwerkingJson(text, { lang: "nl" });
    const en = safeParseSamenwerkingJson(text);
    expect(nl.success ? "" : nl.error.issues[0]?.message).toBe(
      'is geen geldige JSON: onverwacht "\\"" op regel 3, kolom 18',
    );
    expect(en.success ? "" : en.error.issues[0]?.message).toBe(
      'is not valid JSON: unexpected "\\"" at line 3, column 18',
    );
    if (en.success) return;
    expect(formatIssues(en.error.issues, { source: text }).split("\n")).toEqual([
      "Invalid collaboration (1 problem):",
      '(document): is not valid JSON: unexpected "\\"" at line 3, column 18',
      '    "belangen": [] "x"',
      "                   ^",
    ]);
    const early = safeParseSamenwerkingJson('{"partners": [', { lang: "nl" });
    expect(early.success ? "" : early.error.issues[0]?.message).toBe(
      "is geen geldige JSON: de tekst houdt te vroeg op op regel 1, kolom 15",
    );
  });
});

describe("formatIssues", () => {
  const issues = Array.from({ length: 3 }, (_, i) => ({
    path: `partners[${i}].id`,
    code: "missing" as const,
    message: "is verplicht",
  }));

  it("lists issues with their path under a count, in the language asked", () => {
    expect(formatIssues(issues, { lang: "nl", limit: 2, codes: true, indent: "  " })).toBe(
      [
        "Ongeldige samenwerking (3 problemen):",
        "  partners[0].id: is verplicht [missing]",
        "  partners[1].id: is verplicht [missing]",
        "  … en nog 1 probleem",
      ].join("\n"),
    );
    expect(formatIssues(issues.slice(0, 1), { header: false })).toBe(
      "partners[0].id: is verplicht",
    );
  });

  it("refuses an unknown language", () => {
    expect(() => formatIssues(issues, { lang: "fr" as never })).toThrow(RangeError);
  });
});
