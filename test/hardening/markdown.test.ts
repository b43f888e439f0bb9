import { describe, expect, it } from "vitest";
import type { Samenwerking } from "../../src/index";
import { report } from "../../src/report/index";
import { md } from "../../src/report/markdown";

function doc(theme: string, name = "A"): Samenwerking {
  return {
    partners: [{ id: "a", name, brillen: ["politiek"] }],
    belangen: [{ id: "b1", partnerId: "a", niveau: "netwerk", text: "Rust", themes: [theme] }],
    standpunten: [],
  };
}

const markdown = (s: Samenwerking): string => report(s, { lang: "en", format: "markdown" });

describe("Markdown injection (issue 14, items 2 and 7)", () => {
  it("keeps a theme with blank lines and an <img> on its own line", () => {
    const out = markdown(doc("x\n\n<img src=x onerror=alert(1)>"));
    expect(out).not.toMatch(/(^|[^\\])<img/m);
    expect(out).toContain("\\<img src=x onerror=alert(1)\\>");
    expect(out.split("\n").some((l) => l.startsWith("<") || l.startsWith("\\<"))).toBe(false);
  });

  it("folds carriage returns, so \\r\\r<script> stays text", () => {
    const out = markdown(doc("x\r\r<script>alert(1)</script>"));
    expect(out).not.toContain("\r");
    expect(out).not.toMatch(/(^|[^\\])<script>/m);
  });

  it("escapes link syntax, so no javascript: link is made", () => {
    const out = markdown(doc("[klik](javascript:alert(1))"));
    expect(out).not.toContain("[klik](");
    expect(out).toContain("\\[klik\\]");
  });

  it("folds U+2028 and U+2029 in a name, so a table is not cut short", () => {
    const out = markdown(doc("x", "An\u2028| b |\u2029c"));
    expect(out).not.toMatch(/[\u2028\u2029]/);
    expect(out).toContain("An \\| b \\| c");
  });

  it("strips control characters (ESC, BEL, NUL, DEL, C1) from the Markdown", () => {
    const out = markdown(doc("x", "An\u001b]0;owned\u0007\u0000\u007f\u009b31m"));
    expect([...out].some((c) => /\p{Cc}/u.test(c) && c !== "\n")).toBe(false);
    expect(out).toContain("An\\]0;owned31m");
  });
});

describe("md", () => {
  it("escapes every character that could start markup, and folds every line break", () => {
    expect(md("a\r\nb\u0085c\u2028d")).toBe("a b c d");
    expect(md("*_`[]<>|#~&!\\")).toBe("\\*\\_\\`\\[\\]\\<\\>\\|\\#\\~\\&\\!\\\\");
    expect(md("    code")).toBe(" code");
  });

  it("escapes what would start a block at the beginning of a text", () => {
    expect(md("- x")).toBe("\\- x");
    expect(md("+ x")).toBe("\\+ x");
    expect(md("1. x")).toBe("1\\. x");
    expect(md("=== x")).toBe("\\=== x");
    expect(md("a - b")).toBe("a - b");
  });

  it("leaves ordinary text alone", () => {
    expect(md("Samen sterker, 100% voor elk gezin.")).toBe("Samen sterker, 100% voor elk gezin.");
  });
});
