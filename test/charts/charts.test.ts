import { describe, expect, it } from "vitest";
import { coverageMatrixChart, lensProfileChart, winWinChart } from "../../src/charts/index";
import {
  BRIL_TEXT,
  BRILLEN,
  type Bril,
  exampleSamenwerking,
  interestCoverage,
  lensProfile,
  NIVEAU_TEXT,
  NIVEAUS,
  type Niveau,
  parseSamenwerking,
  type Samenwerking,
  suggestWinWin,
} from "../../src/index";
import { deepFreeze } from "../support/freeze";
import { checkMarkup, textOf } from "../support/xml";

const CHARTS = {
  lensProfileChart,
  coverageMatrixChart,
  winWinChart,
} as const;

/** A collaboration of `n` partners with long names for some, belangen on rotating levels and themes. */
function collaboration(
  n: number,
  nameOf: (i: number) => string = (i) => `Partner ${i}`,
): Samenwerking {
  const pad = (i: number): string => String(i).padStart(2, "0");
  const partners = Array.from({ length: n }, (_, i) => ({
    id: `p${pad(i)}`,
    name: nameOf(i),
    brillen: [BRILLEN[i % 4] as Bril],
  }));
  const themes = ["jeugd", "mobiliteit", "zorg", "wonen", "werk"];
  const belangen = partners.flatMap((p, i) =>
    i % 5 === 4
      ? []
      : [
          {
            id: `b${pad(i)}`,
            partnerId: p.id,
            niveau: NIVEAUS[i % 3] as Niveau,
            text: "We willen dat jongeren een plek vinden.",
            themes: [themes[i % 5] as string],
          },
        ],
  );
  return parseSamenwerking({
    name: `Netwerk van ${n}`,
    partners,
    belangen,
    standpunten: [],
    ambition: {
      text: "Samen voor de jeugd",
      themes: ["jeugd"],
      belangIds: [],
      revision: 1,
      history: [{ revision: 1, by: "p00", substantive: true, patches: [], inversePatches: [] }],
      endorsements: [],
    },
  });
}

const LONG = "Vereniging voor Gezinsondersteuning en Maatschappelijk Werk in de Regio Meetjesland";

function expectWellFormed(svg: string): ReturnType<typeof checkMarkup> {
  const result = checkMarkup(svg, "xml");
  expect(result.errors).toEqual([]);
  return result;
}

describe.each(Object.entries(CHARTS))("%s", (name, chart) => {
  const demo = exampleSamenwerking();

  it("returns one well-formed, accessible svg element", () => {
    const svg = chart(demo);
    const { elements } = expectWellFormed(svg);
    const root = elements[0];
    expect(root?.name).toBe("svg");
    expect(root?.attrs.xmlns).toBe("http://www.w3.org/2000/svg");
    expect(root?.attrs.role).toBe("img");
    const title = elements.find((e) => e.name === "title" && e.attrs.id !== undefined);
    const desc = elements.find((e) => e.name === "desc");
    expect(root?.attrs["aria-labelledby"]).toBe(title?.attrs.id);
    expect(root?.attrs["aria-describedby"]).toBe(desc?.attrs.id);
    expect(title?.attrs.id).toMatch(/-title$/);
    expect(desc?.attrs.id).toMatch(/-desc$/);
    // The <title> and <desc> are the first children, as SVG accessibility expects.
    expect(elements[1]?.name).toBe("title");
    expect(elements[2]?.name).toBe("desc");
    expect(elements.filter((e) => e.name === "title" && e.attrs.id !== undefined)).toHaveLength(1);
    expect(elements.filter((e) => e.name === "desc")).toHaveLength(1);
    expect(Number(root?.attrs.width)).toBeGreaterThan(0);
    expect(Number(root?.attrs.height)).toBeGreaterThan(0);
    expect(root?.attrs.viewBox).toBe(`0 0 ${root?.attrs.width} ${root?.attrs.height}`);
  });

  it("gives unique ids and resolves every url(#id) reference", () => {
    const svg = chart(demo, { idPrefix: "x-1" });
    const { elements } = expectWellFormed(svg);
    const ids = elements.map((e) => e.attrs.id).filter((id): id is string => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith("x-1-")).toBe(true);
    for (const m of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(m[1]);
  });

  it("uses only the Okabe-Ito colours, greys, black and white", () => {
    const allowed = new Set([
      "#E69F00",
      "#56B4E9",
      "#009E73",
      "#F0E442",
      "#0072B2",
      "#D55E00",
      "#CC79A7",
      "#000000",
      "#FFFFFF",
    ]);
    const svg = chart(demo);
    for (const m of svg.matchAll(/(?:fill|stroke)="(#[0-9A-Fa-f]{6})"/g)) {
      const c = (m[1] as string).toUpperCase();
      const [r, g, b] = [c.slice(1, 3), c.slice(3, 5), c.slice(5, 7)];
      const grey = r === g && g === b;
      expect(allowed.has(c) || grey, `colour ${c}`).toBe(true);
    }
  });

  it("is deterministic and does not depend on the order of the input", () => {
    const a = chart(exampleSamenwerking(), { lang: "en" });
    const b = chart(exampleSamenwerking(), { lang: "en" });
    expect(a).toBe(b);
    const s = exampleSamenwerking();
    const shuffled: Samenwerking = {
      ...s,
      partners: [...s.partners].reverse(),
      belangen: [...s.belangen].reverse(),
      standpunten: [...s.standpunten].reverse(),
    };
    expect(chart(shuffled, { lang: "en" })).toBe(a);
  });

  it("does not mutate a deeply frozen collaboration", () => {
    const frozen = deepFreeze(exampleSamenwerking());
    expect(() => chart(frozen)).not.toThrow();
    expect(frozen).toEqual(exampleSamenwerking());
  });

  it("escapes <, & and quotes in partner names", () => {
    const s = collaboration(3, (i) => (i === 0 ? `A<b>&"c"'` : `Partner ${i}`));
    const svg = chart(s);
    expectWellFormed(svg);
    expect(svg).not.toContain("<b>");
    expect(svg).toContain("A&lt;b&gt;&amp;&quot;c&quot;&#39;");
    expect(textOf(svg)).toContain(`A<b>&"c"'`);
  });

  it("lays out 3 and 60 partners: every partner shown, the height grows with the count", () => {
    const small = chart(collaboration(3));
    const big = chart(collaboration(60, (i) => (i % 7 === 0 ? `${LONG} ${i}` : `Partner ${i}`)));
    const hs = Number(expectWellFormed(small).elements[0]?.attrs.height);
    const hb = Number(expectWellFormed(big).elements[0]?.attrs.height);
    expect(hb).toBeGreaterThan(hs + 57 * 15);
    const rows = big.match(/class="partner-row"/g) ?? [];
    expect(rows).toHaveLength(60);
    // Long names are shortened with an ellipsis and keep the full name in a <title>.
    expect(big).toContain(`<title>${LONG} 0</title>`);
    expect(big).toMatch(/>Vereniging voor Gezinsonder…<\/text>/);
    expect(big).not.toMatch(new RegExp(`</title>${LONG}`));
    for (const i of [1, 30, 59]) expect(big).toContain(`>Partner ${i}</text>`);
  });

  it("throws a RangeError that names a bad option", () => {
    expect(() => chart(demo, { lang: "fr" as "nl" })).toThrow(RangeError);
    expect(() => chart(demo, { lang: "fr" as "nl" })).toThrow(/"lang"/);
    expect(() => chart(demo, { idPrefix: "1x" })).toThrow(/"idPrefix"/);
    expect(() => chart(demo, { idPrefix: 'a"b' })).toThrow(RangeError);
  });

  it(`draws an empty chart without partners (${name})`, () => {
    const svg = chart({ partners: [], belangen: [], standpunten: [] }, { lang: "en" });
    expectWellFormed(svg);
    expect(svg).toContain("No partners yet.");
  });
});

describe("lensProfileChart", () => {
  const demo = exampleSamenwerking();

  it("labels the four lenses in the chosen language", () => {
    for (const lang of ["nl", "en"] as const) {
      const svg = lensProfileChart(demo, { lang });
      const other = lang === "nl" ? "en" : "nl";
      for (const b of BRILLEN) {
        expect(svg).toContain(`>${BRIL_TEXT[b][lang].label}</text>`);
        expect(svg).not.toContain(BRIL_TEXT[b][other].label);
      }
      expect(svg).toContain(lang === "nl" ? "gedragen" : "declared");
    }
  });

  it("shows the declared and expressed counts per lens as text", () => {
    const p = lensProfile(demo);
    const svg = lensProfileChart(demo, { lang: "en" });
    for (const b of BRILLEN) {
      expect(svg).toContain(`■ ${p.byBril[b].length} declared`);
      expect(svg).toContain(`● ${p.expressedByBril[b].length} expressed`);
    }
    const squares = svg.match(/<title>[^<]*: declared<\/title>/g) ?? [];
    expect(squares).toHaveLength(p.partners.reduce((k, x) => k + x.declared.length, 0));
    const circles = svg.match(/<title>[^<]*: expressed<\/title>/g) ?? [];
    expect(circles).toHaveLength(p.partners.reduce((k, x) => k + x.expressed.length, 0));
  });

  it("draws the same chart from the profile with names as from the collaboration", () => {
    const names = Object.fromEntries(demo.partners.map((p) => [p.id, p.name]));
    expect(lensProfileChart(lensProfile(demo), { names })).toBe(lensProfileChart(demo));
    expect(lensProfileChart(lensProfile(demo))).toContain(">huisartsen</text>");
  });

  it("marks a lens nobody wears and says so in the description", () => {
    const s = collaboration(3);
    const svg = lensProfileChart(s, { lang: "en" });
    expect(svg).toContain("0 declared (not at the table)");
    expect(svg).toMatch(/<desc[^>]*>[^<]*Missing lenses: Relational lens/);
  });

  it("draws only the part asked for", () => {
    const lenses = lensProfileChart(demo, { show: "lenses" });
    const partners = lensProfileChart(demo, { show: "partners" });
    expect(lenses).not.toContain('class="partner-row"');
    expect(lenses).toContain('class="lens-row"');
    expect(partners).toContain('class="partner-row"');
    expect(partners).not.toContain('class="lens-row"');
    expect(() => lensProfileChart(demo, { show: "all" as "both" })).toThrow(/"show"/);
  });

  it("handles a collaboration without partners", () => {
    const svg = lensProfileChart({ partners: [], belangen: [], standpunten: [] }, { lang: "en" });
    expectWellFormed(svg);
    expect(svg).toContain("No partners yet.");
  });
});

describe("coverageMatrixChart", () => {
  const demo = exampleSamenwerking();

  it("labels the three levels in the chosen language", () => {
    for (const lang of ["nl", "en"] as const) {
      const svg = coverageMatrixChart(demo, { lang });
      for (const n of NIVEAUS) expect(svg).toContain(`>${NIVEAU_TEXT[n][lang].label}</text>`);
    }
  });

  it("shows served/known per cell and a dashed 'missing' cell where no interest is known", () => {
    const c = interestCoverage(demo);
    const svg = coverageMatrixChart(demo, { lang: "en" });
    const missing = c.partners.reduce(
      (k, p) => k + NIVEAUS.filter((n) => !p.byNiveau[n].articulated).length,
      0,
    );
    expect(svg.match(/class="cell missing"/g) ?? []).toHaveLength(missing);
    expect(svg.match(/>– missing<\/text>/g) ?? []).toHaveLength(missing);
    expect(svg.match(/class="cell known"/g) ?? []).toHaveLength(6 * 3 - missing);
    // huisartsen: individu 0/1 served (administratie), organisatie 1/1 (wachtdienst).
    const row =
      /data-partner="huisartsen">([\s\S]*?)<\/g><\/g>|data-partner="huisartsen">([\s\S]*?)data-partner/.exec(
        svg,
      );
    expect(row?.[0]).toContain(">0/1</text>");
    expect(row?.[0]).toContain(">1/1</text>");
    for (const n of NIVEAUS) {
      const k = c.byNiveau[n];
      expect(svg).toContain(`${k.partnersWithBelang}/${k.partnersTotal} known`);
    }
  });

  it("lists the missing partners by name in the description", () => {
    const svg = coverageMatrixChart(demo, { lang: "nl" });
    const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? "";
    expect(desc).toContain("Individu: 3/6 partners gekend");
    expect(desc).toContain("Koen De Smet");
  });

  it("shows counts only, and says so, without an ambition", () => {
    const { ambition: _, ...rest } = exampleSamenwerking();
    const svg = coverageMatrixChart(rest, { lang: "en" });
    expectWellFormed(svg);
    expect(svg).toContain("no shared ambition yet");
    expect(svg).toContain("number of known interests");
    expect(svg).not.toMatch(/>\d+\/\d+<\/text>/);
  });

  it("draws the same chart from the coverage with names as from the collaboration", () => {
    const names = Object.fromEntries(demo.partners.map((p) => [p.id, p.name]));
    expect(coverageMatrixChart(interestCoverage(demo), { names })).toBe(coverageMatrixChart(demo));
  });
});

describe("winWinChart", () => {
  const demo = exampleSamenwerking();

  it("numbers the intersections, keys their themes and stars the plan", () => {
    const r = suggestWinWin(demo);
    const svg = winWinChart(demo, { lang: "en" });
    for (const [i, x] of r.intersections.entries()) {
      expect(svg).toContain(`>${i + 1}. ${x.themes.join(", ")} — ${x.partnerIds.length} partners`);
    }
    expect(svg.match(/>★<\/text>/g) ?? []).toHaveLength(
      r.intersections.filter((x) => r.plan.intersections.includes(x)).length,
    );
    const dots = r.intersections.reduce((k, x) => k + x.partnerIds.length, 0);
    expect(
      svg.match(/<circle [^>]*r="6" fill="#56B4E9" stroke="#000000"><title>/g) ?? [],
    ).toHaveLength(dots);
  });

  it("marks the partners nobody meets yet, in words", () => {
    const s = parseSamenwerking({
      partners: [
        { id: "jc", name: "Jeugdcentrum", brillen: ["zingevend"] },
        { id: "school", name: "School", brillen: ["utilitair"] },
        { id: "stad", name: "Stad", brillen: ["politiek"] },
      ],
      belangen: [
        {
          id: "b1",
          partnerId: "jc",
          niveau: "organisatie",
          text: "Jongeren een plek",
          themes: ["jeugd"],
        },
        {
          id: "b2",
          partnerId: "school",
          niveau: "netwerk",
          text: "Minder uitval",
          themes: ["jeugd"],
        },
        {
          id: "b3",
          partnerId: "stad",
          niveau: "individu",
          text: "Zichtbaar resultaat",
          themes: ["imago"],
        },
      ],
      standpunten: [],
    });
    const nl = winWinChart(s);
    expect(nl).toMatch(/data-partner="stad">[\s\S]*?○ nog niet bereikt/);
    expect(nl).not.toMatch(/data-partner="jc">(?:(?!<\/g>).)*nog niet bereikt/);
    expect(winWinChart(s, { lang: "en" })).toMatch(/<desc[^>]*>[^<]*not reached yet: Stad/);
  });

  it("says so when there are no intersections", () => {
    const svg = winWinChart(collaboration(1), { lang: "en" });
    expectWellFormed(svg);
    expect(svg).toContain("No intersections found yet.");
  });

  it("draws the same chart from the result with names as from the collaboration", () => {
    const names = Object.fromEntries(demo.partners.map((p) => [p.id, p.name]));
    expect(winWinChart(suggestWinWin(demo), { names })).toBe(winWinChart(demo));
    const roundTripped = JSON.parse(JSON.stringify(suggestWinWin(demo)));
    expect(winWinChart(roundTripped, { names })).toBe(winWinChart(demo));
  });

  it("passes its winWin options to suggestWinWin", () => {
    const one = winWinChart(demo, { winWin: { limit: 1 }, lang: "en" });
    expect(one).toContain(">1. ");
    expect(one).not.toContain(">2. ");
    expect(() => winWinChart(demo, { winWin: { limit: 0 } })).toThrow(RangeError);
  });
});
