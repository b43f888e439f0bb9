import { describe, expect, it } from "vitest";
import {
  BRIL_TEXT,
  BRILLEN,
  classifyStatement,
  createAmbition,
  exampleSamenwerking,
  isSamenwerkingError,
  NIVEAU_TEXT,
  NIVEAUS,
  parseSamenwerking,
  reviseAmbition,
  type Samenwerking,
  whyQuestions,
} from "../../src/index";
import { report } from "../../src/report/index";
import { SHOWN_WEIGHT } from "../../src/statements/classify";
import { deepFreeze } from "../support/freeze";
import { checkMarkup, textOf } from "../support/xml";

const demo = (): Samenwerking => exampleSamenwerking();

/** A position of the demo whose shown cues overlap. */
const GEMEENTE = "De gemeente moet een tweede coördinator betalen voor de wachtpost.";

/**
 * The marks a report should show on a statement: its cues that weigh at least `SHOWN_WEIGHT`
 * toward a kind, merged where they overlap, each with the number of cues it holds. Written here on
 * its own, from the public classification, not with the report's code.
 */
function expectedMarks(text: string): { text: string; start: number; end: number; cues: number }[] {
  const cues = classifyStatement(text)
    .cues.filter((c) => c.weight >= SHOWN_WEIGHT)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: { text: string; start: number; end: number; cues: number }[] = [];
  for (const c of cues) {
    const last = out[out.length - 1];
    if (last !== undefined && c.start < last.end) {
      last.end = Math.max(last.end, c.end);
      last.cues++;
    } else out.push({ text: "", start: c.start, end: c.end, cues: 1 });
  }
  for (const m of out) m.text = text.slice(m.start, m.end);
  return out;
}

function tricky(): Samenwerking {
  return parseSamenwerking({
    name: 'Netwerk <script>alert("x")</script> & co',
    partners: [
      { id: "a", name: '<img src=x onerror="alert(1)">', brillen: ["politiek"] },
      { id: "b", name: "Pipe | *ster* _under_ [link](x) # hash", brillen: ["relationeel"] },
    ],
    belangen: [
      {
        id: "b1",
        partnerId: "a",
        niveau: "netwerk",
        text: "Jongeren <b>echt</b> & veilig",
        themes: ["jeugd"],
      },
      {
        id: "b2",
        partnerId: "b",
        niveau: "individu",
        text: "Line one\nline two | cell",
        themes: ["jeugd"],
      },
    ],
    standpunten: [
      { id: "s1", partnerId: "a", text: "We moeten <em>nu</em> een loket openen & betalen." },
    ],
  });
}

function headingLevels(html: string): number[] {
  return [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
}

describe("report (html)", () => {
  for (const lang of ["nl", "en"] as const) {
    it(`writes one well-formed, self-contained page in ${lang}`, () => {
      const html = report(demo(), { lang, format: "html" });
      expect(html.startsWith("<!DOCTYPE html>\n")).toBe(true);
      expect(html).toContain(`<html lang="${lang}">`);
      expect(checkMarkup(html, "html").errors).toEqual([]);
      expect(html).not.toMatch(/<script|<link|<iframe|\ssrc=|href="(?!#)/i);
      expect(html).toContain("@media print");
      expect(html).toContain('<meta charset="utf-8">');
      // Headings start at one h1 and never skip a level.
      const levels = headingLevels(html);
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      expect(levels[0]).toBe(1);
      for (let i = 1; i < levels.length; i++) {
        expect(levels[i] as number).toBeLessThanOrEqual((levels[i - 1] as number) + 1);
      }
      // Every in-page link has its target.
      for (const m of html.matchAll(/href="#([^"]+)"/g)) expect(html).toContain(`id="${m[1]}"`);
    });

    it(`holds every section with its labels in ${lang}`, () => {
      const html = report(demo(), { lang, format: "html" });
      const text = textOf(html);
      for (const id of ["partners", "lenses", "coverage", "positions", "win-win", "ambition"]) {
        expect(html).toContain(`<section id="${id}"`);
      }
      for (const b of BRILLEN) expect(text).toContain(BRIL_TEXT[b][lang].label);
      for (const n of NIVEAUS) expect(text).toContain(NIVEAU_TEXT[n][lang].label);
      expect(text).toContain(lang === "nl" ? "Gedeelde ambitie" : "Shared ambition");
      expect(text).toContain(lang === "nl" ? "Eigenaarschap" : "Ownership");
    });
  }

  it("inlines the three charts as well-formed svg with distinct ids", () => {
    const html = report(demo(), { lang: "en", format: "html" });
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(4);
    for (const svg of svgs) expect(checkMarkup(svg, "xml").errors).toEqual([]);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(svgs[0]).toContain("Relational lens");
    expect(svgs[1]).toContain("Organisation");
    expect(svgs[2]).toContain("Support per proposal and group");
    expect(svgs[3]).toContain("eenzaamheid");
  });

  it("lists the missing partners per level by name", () => {
    const html = report(demo(), { lang: "en", format: "html" });
    const row = /<tr><th scope="row">Individual<\/th>.*?<\/tr>/.exec(html)?.[0] ?? "";
    expect(row).toContain("3/6 (50%)");
    expect(row).toContain("Koen De Smet, Schepen Lieve Claeys, Fatima El Amrani");
  });

  it("marks the cues of each position and merges overlapping cues into one mark", () => {
    const html = report(demo(), { lang: "en", format: "html" });
    // Only cues that weigh at least 0.5 toward a kind are marked, and overlapping ones merge into
    // one mark over their union. Which phrases reach 0.5 moves with each refit ("moet een" weighed
    // 0.4 with some refits and 0.5 with others, one mark or two), so the marks expected are
    // computed from the statement's cues here, and at least one of them must hold several cues.
    const marks = expectedMarks(GEMEENTE);
    expect(marks.some((m) => m.cues > 1)).toBe(true);
    // The quote of that statement: the blockquote whose text, without its marks, is the statement.
    const quote = [...html.matchAll(/<blockquote>(.*?)<\/blockquote>/g)]
      .map((m) => m[1] ?? "")
      .find((q) => q.replace(/<[^>]*>/g, "") === GEMEENTE);
    expect([...(quote ?? "").matchAll(/<mark[^>]*>([^<]*)<\/mark>/g)].map((m) => m[1])).toEqual(
      marks.map((m) => m.text),
    );
    expect(html).not.toMatch(/<mark[^>]*>moet<\/mark>/);
    expect(html).toMatch(/<mark title="a concrete action → position">betalen<\/mark>/);
    // People read labels, not the families' ids.
    expect(html).not.toMatch(/\(s\.[a-z_]+ →/);
    // "zetel" and "zetel in" overlap: one mark over the union.
    expect(html).toMatch(/<mark title="[^"]*">zetel in<\/mark>/);
    expect(html).not.toMatch(/<mark[^>]*>[^<]*<mark/);
    // A position with its reason is shown in its two parts: the demo's own English position,
    // "We want one phone number …, because …" (read as one interest from the ninth session's
    // refit to the fourteenth's, and right again since the fifteenth's).
    expect(html).toContain("position: “We want one phone number for all carers”");
    expect(html).toContain("interest: “nobody knows whom to call at night”");
  });

  it("includes the why-questions of every position, the focus level marked", () => {
    const s = demo();
    const html = report(s, { lang: "en", format: "html" });
    for (const sp of s.standpunten) {
      for (const q of whyQuestions(sp)) {
        const escaped = q.question.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
        expect(html).toContain(escaped);
      }
    }
    expect(html.match(/<li class="focus">/g) ?? []).toHaveLength(s.standpunten.length);
  });

  it("shows the win-win intersections, the plan and who is reached", () => {
    const html = report(demo(), { lang: "nl", format: "html" });
    const section = /<section id="win-win"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
    expect(section).toContain("Het plan");
    expect(section).toMatch(
      /<li><strong>eenzaamheid<\/strong>: Schepen Lieve Claeys, Jef Van Damme, Fatima El Amrani<\/li>/,
    );
    expect(section).toContain("<strong>Nog niet bereikt:</strong> niemand.");
  });

  it("shows the ambition's history with who, why and what changed, and the ownership", () => {
    const html = report(demo(), { lang: "en", format: "html" });
    const section = /<section id="ambition"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
    expect(section.match(/<strong>Revision \d<\/strong> by /g)).toHaveLength(3);
    expect(section).toContain("<strong>Revision 2</strong> by Fatima El Amrani");
    expect(section).toContain("“Eenzaamheid is voor veel partners de kern.”");
    expect(section).toContain(
      "<del>Samen zorgen we dat ouderen veilig thuis kunnen blijven wonen.</del> → <ins>Samen zorgen we dat ouderen veilig en niet eenzaam thuis kunnen blijven wonen.</ins>",
    );
    expect(section).toContain("Themes added: <ins>eenzaamheid</ins>");
    expect(section).toContain("Interests added: <ins>Sofie Martens: Wij willen");
    expect(section).toContain("4/6 (67%)");
    expect(section).toContain("Endorsed an earlier revision (ask again): Fatima El Amrani");
  });

  it("escapes every text from the collaboration", () => {
    const html = report(tricky(), { lang: "en", format: "html" });
    expect(checkMarkup(html, "html").errors).toEqual([]);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<em>");
    expect(html).not.toContain("<b>echt");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain("Netwerk &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co");
    expect(textOf(html)).toContain('Netwerk <script>alert("x")</script> & co');
  });

  it("says so when there is no ambition and no position", () => {
    const { ambition: _, ...s } = demo();
    const reacties = s.reacties?.filter((r) => r.targetId.startsWith("v-"));
    const html = report({ ...s, standpunten: [], reacties }, { lang: "en", format: "html" });
    expect(checkMarkup(html, "html").errors).toEqual([]);
    expect(html).toContain("There is no shared ambition yet.");
    expect(html).toContain("No positions yet.");
    expect(html).toContain("no ambition");
  });

  it("reports on 60 partners", () => {
    const partners = Array.from({ length: 60 }, (_, i) => ({
      id: `p${String(i).padStart(2, "0")}`,
      name: `Partner number ${i}`,
      brillen: [BRILLEN[i % 4] as (typeof BRILLEN)[number]],
    }));
    const belangen = partners.map((p, i) => ({
      id: `b${i}`,
      partnerId: p.id,
      niveau: NIVEAUS[i % 3] as (typeof NIVEAUS)[number],
      text: "Wij willen dat jongeren een plek vinden.",
      themes: [["jeugd", "zorg", "wonen"][i % 3] as string],
    }));
    const s = parseSamenwerking({ partners, belangen, standpunten: [] });
    const html = report(s, { lang: "nl", format: "html" });
    expect(checkMarkup(html, "html").errors).toEqual([]);
    for (const p of partners) expect(html).toContain(`<th scope="row">${p.name}</th>`);
  });
});

/** A small network whose ambition was narrowed and edited, with one partner nobody meets. */
function revised(): Samenwerking {
  const v1 = createAmbition({
    text: "Samen voor de jeugd en de zorg",
    themes: ["jeugd", "zorg"],
    belangIds: ["b1", "b2"],
    by: "a",
  });
  const v2 = reviseAmbition(
    v1,
    (d) => {
      d.themes = ["jeugd"];
      d.belangIds = ["b1"];
    },
    { by: "b", reason: "Focus" },
  );
  const v3 = reviseAmbition(
    v2,
    (d) => {
      d.text = "Samen voor de jeugd en de zorg!";
    },
    { by: "a" },
  );
  return parseSamenwerking({
    partners: [
      { id: "a", name: "Alfa", brillen: ["politiek", "utilitair", "zingevend"] },
      { id: "b", name: "Bravo", brillen: ["relationeel"] },
      { id: "c", name: "Charlie", brillen: ["utilitair"] },
    ],
    belangen: [
      { id: "b1", partnerId: "a", niveau: "netwerk", text: "Jongeren een plek geven" },
      { id: "b2", partnerId: "b", niveau: "organisatie", text: "Zorg dichtbij", themes: ["zorg"] },
      { id: "b3", partnerId: "c", niveau: "individu", text: "Minder vergaderen", themes: ["tijd"] },
    ],
    standpunten: [],
    ambition: v3,
  });
}

describe("report of a revised ambition", () => {
  it("shows removed themes and belangen, editorial revisions and partners nobody meets (html)", () => {
    const html = report(revised(), { lang: "en", format: "html" });
    expect(checkMarkup(html, "html").errors).toEqual([]);
    expect(html).toContain("Themes removed: <del>zorg</del>");
    expect(html).toContain("Interests removed: <del>Bravo: Zorg dichtbij</del>");
    expect(html).toMatch(
      /<strong>Revision 3<\/strong> by Alfa <span class="tag">editorial<\/span>/,
    );
    expect(html).toContain("<strong>Partners with more than two lenses:</strong> Alfa.");
    expect(html).toContain("No intersections found yet.");
    expect(html).toContain("<strong>Not reached yet:</strong> Alfa, Bravo, Charlie.");
    expect(html).toContain("here the playing field must be enlarged");
    // A belang without explicit themes shows no theme tags but its status.
    expect(html).toMatch(
      /<li><strong>Alfa<\/strong>: Jongeren een plek geven<span class="note status">/,
    );
  });

  it("shows the same in Markdown", () => {
    const md = report(revised(), { lang: "nl", format: "markdown" });
    expect(md).toContain("   - Thema's geschrapt: zorg");
    expect(md).toContain("   - Belangen geschrapt: Bravo: Zorg dichtbij");
    expect(md).toContain(
      "3. **Revisie 3** door Alfa (redactioneel) — Waarom: *geen reden opgegeven*",
    );
    expect(md).toContain("- **Partners met meer dan twee brillen:** Alfa");
    expect(md).toContain("*Nog geen raakvlakken gevonden.*");
    expect(md).toContain("- **Nog niet bereikt:** Alfa, Bravo, Charlie — Hun belangen");
    expect(md).toContain("- **Alfa**: Jongeren een plek geven ");
  });
});

describe("report (markdown)", () => {
  for (const lang of ["nl", "en"] as const) {
    it(`writes the same sections as text and tables in ${lang}`, () => {
      const md = report(demo(), { lang, format: "markdown" });
      expect(md.split("\n")[0]).toBe("# Zorgnetwerk Deinze: thuiswonende ouderen");
      expect(md).not.toContain("<svg");
      const h2 = md.split("\n").filter((l) => l.startsWith("## "));
      expect(h2).toEqual(
        lang === "nl"
          ? [
              "## Partners",
              "## Brillenprofiel",
              "## Belangen per niveau",
              "## Standpunten en de belangen erachter",
              "## Waar staan de partners?",
              "## Win-win",
              "## Gedeelde ambitie",
            ]
          : [
              "## Partners",
              "## Lens profile",
              "## Interests per level",
              "## Positions and the interests behind them",
              "## Where do the partners stand?",
              "## Win-win",
              "## Shared ambition",
            ],
      );
      for (const b of BRILLEN) expect(md).toContain(`| ${BRIL_TEXT[b][lang].label} |`);
      for (const n of NIVEAUS) expect(md).toContain(`| ${NIVEAU_TEXT[n][lang].label} |`);
      // Every table row has as many cells as its header.
      const lines = md.split("\n");
      for (const [i, line] of lines.entries()) {
        if (!line.startsWith("| ---")) continue;
        const cells = (l: string): number => l.split(/(?<!\\)\|/).length;
        const header = lines[i - 1] as string;
        for (let j = i + 1; (lines[j] ?? "").startsWith("|"); j++) {
          expect(cells(lines[j] as string)).toBe(cells(header));
        }
      }
    });
  }

  it("marks cues, lists why-questions and the ambition's history", () => {
    const md = report(demo(), { lang: "en", format: "markdown" });
    // The marks are those of the statement's shown cues, merged where they overlap (see the html
    // test above): computed from its cues, as they move with each refit.
    let line = "> ";
    let at = 0;
    for (const m of expectedMarks(GEMEENTE)) {
      line += `${GEMEENTE.slice(at, m.start)}<mark>${m.text}</mark>`;
      at = m.end;
    }
    expect(md).toContain(`${line}${GEMEENTE.slice(at)}`);
    expect(md).toContain("#### Why-questions");
    expect(md).toContain(
      "2. **Revision 2** by Fatima El Amrani — Why: “Eenzaamheid is voor veel partners de kern.”",
    );
    expect(md).toContain("   - Themes added: eenzaamheid");
    expect(md).toContain("Not yet known from");
  });

  it("escapes Markdown and HTML in texts, and keeps table cells on one line", () => {
    const md = report(tricky(), { lang: "en", format: "markdown" });
    expect(md.split("\n")[0]).toBe('# Netwerk \\<script\\>alert("x")\\</script\\> \\& co');
    expect(md).toContain("Pipe \\| \\*ster\\* \\_under\\_ \\[link\\](x) \\# hash");
    // No unescaped < except the cue marks.
    expect(md).not.toMatch(/(?<!\\)<(?!\/?mark>)/);
    expect(md).toContain("Line one line two \\| cell");
  });
});

describe("report", () => {
  it("is deterministic and does not depend on the order of the input", () => {
    for (const format of ["html", "markdown"] as const) {
      const a = report(demo(), { lang: "nl", format });
      expect(report(demo(), { lang: "nl", format })).toBe(a);
      const s = demo();
      const shuffled = {
        ...s,
        partners: [...s.partners].reverse(),
        belangen: [...s.belangen].reverse(),
        standpunten: [...s.standpunten].reverse(),
      };
      expect(report(shuffled, { lang: "nl", format })).toBe(a);
    }
  });

  it("does not mutate a deeply frozen collaboration", () => {
    const frozen = deepFreeze(demo());
    for (const format of ["html", "markdown"] as const) {
      expect(() => report(frozen, { lang: "en", format })).not.toThrow();
    }
    expect(frozen).toEqual(demo());
  });

  it("rejects an invalid collaboration with every problem", () => {
    const bad = {
      partners: [{ id: "a", name: "A", brillen: ["politiek"] }],
      belangen: [
        { id: "b1", partnerId: "x", niveau: "netwerk", text: "Rust" },
        { id: "b1", partnerId: "a", niveau: "netwerk", text: "Rust" },
      ],
      standpunten: [],
    } as unknown as Samenwerking;
    let caught: unknown;
    try {
      report(bad, { lang: "nl", format: "html" });
    } catch (e) {
      caught = e;
    }
    expect(isSamenwerkingError(caught)).toBe(true);
    if (!isSamenwerkingError(caught)) return;
    expect(caught.issues.map((i) => [i.path, i.code])).toEqual([
      ["belangen[1].id", "duplicate_id"],
      ["belangen[0].partnerId", "unknown_reference"],
    ]);
  });

  it("throws a RangeError that names a bad option", () => {
    const s = demo();
    expect(() => report(s, { lang: "fr" as "nl", format: "html" })).toThrow(RangeError);
    expect(() => report(s, { lang: "fr" as "nl", format: "html" })).toThrow(/option "lang"/);
    expect(() => report(s, { lang: "nl", format: "pdf" as "html" })).toThrow(/option "format"/);
    expect(() => report(s, {} as { lang: "nl"; format: "html" })).toThrow(/option "lang"/);
    expect(() => report(s, undefined as unknown as { lang: "nl"; format: "html" })).toThrow(
      RangeError,
    );
  });
});

describe("report: words for people", () => {
  it("says in words that a section is empty, without a header-only table", () => {
    const empty = { partners: [], belangen: [], standpunten: [] };
    const html = report(empty, { lang: "nl", format: "html" });
    expect(html).toContain("Nog geen partners.");
    expect(html).toContain("nog niet te berekenen: er zijn nog geen belangen gekend");
    expect(html).not.toContain("Evenwicht over de drie niveaus:</strong> 0");
    expect(html).not.toContain(`<th scope="col">Organisatie</th>`);
    const md = report(empty, { lang: "en", format: "markdown" });
    expect(md).toContain("*No partners yet.*");
    expect(md).toContain("not yet known: no interests are known yet");
  });

  it("explains how scores and confidence are made, and words the reactions in the report's language", () => {
    const html = report(exampleSamenwerking(), { lang: "nl", format: "html" });
    expect(html).toContain("De score telt de partners die elkaar in een raakvlak vinden");
    expect(html).toContain("De zekerheid volgt uit de signaalwoorden");
    const en = report(exampleSamenwerking(), { lang: "en", format: "markdown" });
    expect(en).toContain("× disagree");
    expect(en).not.toContain("× oneens");
    expect(en).toContain("(a concrete action → position)");
  });
});
