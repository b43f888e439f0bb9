/**
 * The browser test: the HTML report of the embedded example, opened in headless Chromium
 * (Debian's `chromium`, driven by playwright-core). It checks that the page loads without
 * console or page errors, that every chart is visible with a non-zero size, the expected labels
 * and no text outside its drawing area; then, at 1280 and at 390 pixels wide (a phone), that
 * the page never scrolls sideways, that no text is smaller than 11 px on screen and that every
 * chart shows its labels. It saves the page and full-page screenshots at both widths to
 * `test-results/` as artefacts.
 *
 * Without /usr/bin/chromium the test is skipped locally (with a message) but fails loudly when
 * `CI` is set: CI must run it (`.ci/run` installs Debian's chromium).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coverageMatrixChart, lensProfileChart, winWinChart } from "../../src/charts/index";
import {
  BRIL_TEXT,
  BRILLEN,
  type Bril,
  exampleSamenwerking,
  NIVEAU_TEXT,
  NIVEAUS,
  type Niveau,
  parseSamenwerking,
} from "../../src/index";
import { report } from "../../src/report/index";

const CHROMIUM = "/usr/bin/chromium";
const RESULTS = resolve("test-results");
const HTML_FILE = join(RESULTS, "report-example.html");
const PNG_FILE = join(RESULTS, "report-example.png");
const haveChromium = existsSync(CHROMIUM);
const inCi = Boolean(process.env.CI) && process.env.CI !== "false";

if (!haveChromium && !inCi) {
  console.warn(
    `report.browser.test.ts: skipped, ${CHROMIUM} is missing (install Debian's chromium package; in CI this test fails instead)`,
  );
}

describe.skipIf(!haveChromium && !inCi)("the HTML report of the example in Chromium", () => {
  let browser: Browser | undefined;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!haveChromium) {
      throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium package`);
    }
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(HTML_FILE, report(exampleSamenwerking(), { lang: "nl", format: "html" }));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning")
        problems.push(`console.${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
    await page.goto(pathToFileURL(HTML_FILE).href, { waitUntil: "load" });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("loads without console errors, page errors or failed requests", () => {
    expect(problems).toEqual([]);
  });

  it("has the language, the title and the headings of a facilitator's report", async () => {
    expect(await page.getAttribute("html", "lang")).toBe("nl");
    expect(await page.title()).toBe(
      "Zorgnetwerk Deinze: thuiswonende ouderen — Rapport voor de facilitator",
    );
    expect(await page.locator("h1").allTextContents()).toEqual([
      "Zorgnetwerk Deinze: thuiswonende ouderen",
    ]);
    expect(await page.locator("h2").allTextContents()).toEqual([
      "Partners",
      "Brillenprofiel",
      "Belangen per niveau",
      "Standpunten en de belangen erachter",
      "Waar staan de partners?",
      "Win-win",
      "Gedeelde ambitie",
    ]);
    expect(await page.locator("mark").count()).toBeGreaterThan(5);
  });

  it("shows every chart, visible, with a non-zero size and its labels", async () => {
    const s = exampleSamenwerking();
    const names = s.partners.map((p) => p.name);
    const expected: readonly (readonly string[])[] = [
      [...BRILLEN.map((b) => BRIL_TEXT[b].nl.label), ...names, "gedragen", "verwoord"],
      [...NIVEAUS.map((n) => NIVEAU_TEXT[n].nl.label), ...names, "ontbreekt", "Totaal"],
      ["Alle partners", "groepsconsensus", "utilitair", "relationeel"],
      ["eenzaamheid", "wachtdienst", "samenwerking", ...names, "plan"],
    ];
    const charts = page.locator("figure > svg");
    expect(await charts.count()).toBe(4);
    for (const [i, labels] of expected.entries()) {
      const chart = charts.nth(i);
      await chart.scrollIntoViewIfNeeded();
      expect(await chart.isVisible()).toBe(true);
      const box = await chart.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(100);
      expect(box?.height ?? 0).toBeGreaterThan(100);
      const text = (await chart.textContent()) ?? "";
      for (const l of labels) expect(text, `chart ${i + 1}`).toContain(l);
    }
  });

  it("exposes every chart as an image with its title as accessible name", async () => {
    for (const name of [
      "Brillenprofiel",
      "Dekking van belangen: partners × niveaus",
      "Win-win: waar belangen van partners elkaar raken",
    ]) {
      await expect(page.getByRole("img", { name, exact: true }).count()).resolves.toBe(1);
    }
  });

  it("keeps every label inside its chart's drawing area", async () => {
    const overflow = await page.$$eval("figure > svg", (svgs) =>
      svgs.flatMap((svg, i) => {
        const vb = (svg as SVGSVGElement).viewBox.baseVal;
        return Array.from(svg.querySelectorAll("text"))
          .map((t) => ({ t: t.textContent ?? "", b: (t as SVGTextElement).getBBox() }))
          .filter(
            ({ b }) =>
              b.x < -0.5 ||
              b.y < -0.5 ||
              b.x + b.width > vb.width + 0.5 ||
              b.y + b.height > vb.height + 0.5,
          )
          .map(
            ({ t, b }) =>
              `chart ${i + 1}: "${t}" at ${Math.round(b.x)}..${Math.round(b.x + b.width)} of ${vb.width}`,
          );
      }),
    );
    expect(overflow).toEqual([]);
  });

  it("hides the navigation when printed and keeps the charts", async () => {
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("nav").isVisible()).toBe(false);
    expect(await page.locator("figure > svg").first().isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });
  });

  it("lays out the charts of 60 partners with long names: visible, nothing outside", async () => {
    const long =
      "Vereniging voor Gezinsondersteuning en Maatschappelijk Werk in de Regio Meetjesland";
    const partners = Array.from({ length: 60 }, (_, i) => ({
      id: `p${String(i).padStart(2, "0")}`,
      name: i % 7 === 0 ? `${long} ${i}` : `Partner ${i}`,
      brillen: [BRILLEN[i % 4] as Bril],
    }));
    const themes = ["jeugd", "mobiliteit", "zorg", "wonen", "werk", "cultuur", "sport"];
    const s = parseSamenwerking({
      partners,
      belangen: partners.map((p, i) => ({
        id: `b${i}`,
        partnerId: p.id,
        niveau: NIVEAUS[i % 3] as Niveau,
        text: "Wij willen dat jongeren een plek vinden.",
        themes: [themes[i % 7] as string],
      })),
      standpunten: [],
    });
    const other = await page.context().newPage();
    try {
      await other.setContent(
        `<!DOCTYPE html><html lang="en"><body>${lensProfileChart(s, { lang: "en" })}${coverageMatrixChart(s, { lang: "en" })}${winWinChart(s, { lang: "en" })}</body></html>`,
      );
      const result = await other.$$eval("svg", (svgs) =>
        svgs.map((svg) => {
          const vb = (svg as SVGSVGElement).viewBox.baseVal;
          const r = svg.getBoundingClientRect();
          const outside = Array.from(svg.querySelectorAll("text"))
            .map((t) => ({ t: t.textContent ?? "", b: (t as SVGTextElement).getBBox() }))
            .filter(
              ({ b }) =>
                b.x < -0.5 || b.x + b.width > vb.width + 0.5 || b.y + b.height > vb.height + 0.5,
            )
            .map(({ t }) => t);
          return { width: r.width, height: r.height, outside };
        }),
      );
      expect(result).toHaveLength(3);
      for (const chart of result) {
        expect(chart.outside).toEqual([]);
        expect(chart.height).toBeGreaterThan(60 * 19);
        expect(chart.width).toBeGreaterThan(300);
      }
    } finally {
      await other.close();
    }
  });

  for (const width of [1280, 390]) {
    it(`at ${width} px: no sideways page scroll, no text under 11 px, every chart with its labels`, async () => {
      const other = await page
        .context()
        .browser()
        ?.newContext({ viewport: { width, height: 900 } });
      if (other === undefined) throw new Error("no browser");
      const errors: string[] = [];
      try {
        const p = await other.newPage();
        p.on("console", (m) => {
          if (m.type() === "error") errors.push(m.text());
        });
        p.on("pageerror", (e) => errors.push(e.message));
        await p.goto(pathToFileURL(HTML_FILE).href, { waitUntil: "load" });
        const layout = await p.evaluate(() => {
          const doc = document.documentElement;
          const small: string[] = [];
          // Every element that holds text of its own, HTML and SVG alike.
          for (const el of Array.from(document.querySelectorAll("body *"))) {
            const own = Array.from(el.childNodes).some(
              (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== "",
            );
            if (!own || el.closest("title, desc, style") !== null) continue;
            const style = getComputedStyle(el);
            if (style.display === "none" || style.visibility === "hidden") continue;
            let size = Number.parseFloat(style.fontSize);
            const svg = el.closest("svg");
            if (svg !== null) {
              const vb = svg.viewBox.baseVal;
              size *= svg.getBoundingClientRect().width / vb.width;
            }
            if (size < 10.95)
              small.push(
                `${el.tagName} "${(el.textContent ?? "").trim().slice(0, 30)}" ${size.toFixed(1)}px`,
              );
          }
          const charts = Array.from(document.querySelectorAll("figure svg")).map((svg) => {
            const r = svg.getBoundingClientRect();
            const texts = Array.from(svg.querySelectorAll("text")).filter((t) => {
              const b = t.getBoundingClientRect();
              return b.width > 0 && b.height > 0;
            });
            return {
              width: r.width,
              height: r.height,
              labels: texts.length,
              all: svg.querySelectorAll("text").length,
            };
          });
          return { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, small, charts };
        });
        expect(layout.scrollWidth, "the page scrolls sideways").toBeLessThanOrEqual(
          layout.clientWidth,
        );
        expect(layout.small).toEqual([]);
        expect(layout.charts).toHaveLength(4);
        for (const c of layout.charts) {
          expect(c.width).toBeGreaterThan(100);
          expect(c.height).toBeGreaterThan(100);
          expect(c.labels).toBe(c.all);
          expect(c.labels).toBeGreaterThan(5);
        }
        // Every chart is visible: scrolled into view inside its own box, not cut off the page.
        const figures = p.locator("figure > svg");
        for (let i = 0; i < 4; i++) {
          await figures.nth(i).scrollIntoViewIfNeeded();
          expect(await figures.nth(i).isVisible()).toBe(true);
        }
        const file = join(RESULTS, `report-example-${width}.png`);
        await p.screenshot({ path: file, fullPage: true });
        expect(existsSync(file)).toBe(true);
        expect(errors).toEqual([]);
      } finally {
        await other.close();
      }
    });
  }

  it("saves a full-page screenshot", async () => {
    const png = await page.screenshot({ path: PNG_FILE, fullPage: true });
    // A PNG signature and a page far taller than the viewport.
    expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(png.readUInt32BE(20)).toBeGreaterThan(2000);
    expect(existsSync(PNG_FILE)).toBe(true);
  });
});
