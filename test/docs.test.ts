/**
 * The guides cannot rot: every ```ts sample in README.md and docs/*.md is type-checked against
 * the sources and run, and every line of the form `expression; //=> value` asserts its value.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const outDir = join(root, ".tmp", "doc-samples");
const ENTRIES: Record<string, string> = {
  samenwerken: join(root, "src/index.ts"),
  "samenwerken/charts": join(root, "src/charts/index.ts"),
  "samenwerken/report": join(root, "src/report/index.ts"),
  "samenwerken/concepts": join(root, "src/lang/concepts.ts"),
};

interface Sample {
  readonly doc: string;
  readonly line: number;
  readonly file: string;
}

const PRELUDE = `import { expect as __vitestExpect } from "vitest";
const __expect = (actual: unknown, expected: unknown): void => { __vitestExpect(actual).toEqual(expected); };
`;

/** Turns a sample into a module: package imports point at the sources, `//=>` lines assert. */
function toModule(code: string): string {
  const body = code
    .replace(/from "(samenwerken(?:\/[a-z]+)?)"/g, (m, spec: string) =>
      ENTRIES[spec] ? `from ${JSON.stringify(ENTRIES[spec])}` : m,
    )
    .split("\n")
    .map((line) => {
      const m = /^(\s*)(.+?);?\s*\/\/=>\s*(.+)$/.exec(line);
      return m ? `${m[1]}__expect(${m[2]}, ${m[3]});` : line;
    })
    .join("\n");
  return `${PRELUDE}${body}\nexport {};\n`;
}

function collectSamples(): Sample[] {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const docs = [
    "README.md",
    ...readdirSync(join(root, "docs"))
      .filter((f) => f.endsWith(".md"))
      .map((f) => `docs/${f}`),
  ];
  const samples: Sample[] = [];
  for (const doc of docs) {
    const lines = readFileSync(join(root, doc), "utf8").split("\n");
    for (let i = 0; i < lines.length; i++) {
      if (lines[i]?.trim() !== "```ts") continue;
      const start = i + 1;
      const code: string[] = [];
      for (i = start; i < lines.length && lines[i]?.trim() !== "```"; i++)
        code.push(lines[i] as string);
      const file = join(outDir, `${doc.replace(/[^a-z0-9]+/gi, "-")}-${start}.ts`);
      writeFileSync(file, toModule(code.join("\n")));
      samples.push({ doc, line: start, file });
    }
  }
  return samples;
}

const samples = collectSamples();

describe("code samples in the docs", () => {
  it("finds samples in the README and the guides", () => {
    expect(samples.filter((s) => s.doc === "README.md").length).toBeGreaterThan(0);
    expect(samples.filter((s) => s.doc.startsWith("docs/")).length).toBeGreaterThan(0);
  });

  it("type-check against the sources", () => {
    const program = ts.createProgram(
      samples.map((s) => s.file),
      {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        allowImportingTsExtensions: true,
        lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
        types: ["node"],
      },
    );
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file && samples.some((s) => s.file === d.file?.fileName))
      .map((d) => {
        const sample = samples.find((s) => s.file === d.file?.fileName) as Sample;
        const { line } = d.file?.getLineAndCharacterOfPosition(d.start ?? 0) ?? { line: 0 };
        const prelude = PRELUDE.split("\n").length - 1;
        return `${sample.doc}:${sample.line + line - prelude + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      });
    expect(problems).toEqual([]);
  }, 60_000);

  for (const sample of samples) {
    it(`runs ${sample.doc}:${sample.line}`, async () => {
      await import(sample.file);
    });
  }
});
