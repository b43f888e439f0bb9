/**
 * The docs cannot rot: every ```ts sample in README.md and docs/*.md, and every ```ts block in a
 * TSDoc `@example` of the source files behind the public entry points (`samenwerken`,
 * `samenwerken/charts`, `samenwerken/report`), is type-checked against the sources and run.
 *
 * - A statement followed by `//=> value` asserts its value (`toEqual`). The comment may stand on
 *   the statement's last line or on the line below it, and may go on over further `//` lines
 *   until its brackets close.
 * - Every `//=>` must be reached: one inside a branch that never runs fails the sample.
 * - Guide samples import from "samenwerken" as an app does. TSDoc examples may do so too, and
 *   otherwise get an implicit import of every public export they name.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const outDir = join(root, ".tmp", "doc-samples");
const ENTRIES: Record<string, string> = {
  samenwerken: join(root, "src/index.ts"),
  "samenwerken/charts": join(root, "src/charts/index.ts"),
  "samenwerken/report": join(root, "src/report/index.ts"),
  "samenwerken/concepts": join(root, "src/lang/concepts.ts"),
  "samenwerken/embeddings": join(root, "src/embeddings/index.ts"),
};

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  allowImportingTsExtensions: true,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  types: ["node"],
};

/** One compiler host for both programs, so the sources are read and parsed once. */
const host: ts.CompilerHost = (() => {
  const base = ts.createCompilerHost(OPTIONS);
  const cache = new Map<string, ts.SourceFile | undefined>();
  return {
    ...base,
    getSourceFile(fileName, languageVersion, onError, shouldCreate) {
      if (fileName.startsWith(outDir)) {
        return base.getSourceFile(fileName, languageVersion, onError, shouldCreate);
      }
      if (!cache.has(fileName)) {
        cache.set(fileName, base.getSourceFile(fileName, languageVersion, onError, shouldCreate));
      }
      return cache.get(fileName);
    },
  };
})();

/** Where a sample came from: `doc` is a guide or a source file, `line` its first code line. */
interface Sample {
  readonly doc: string;
  readonly line: number;
  readonly file: string;
  readonly kind: "guide" | "tsdoc";
}

interface PublicExport {
  readonly entry: string;
  readonly typeOnly: boolean;
}

/** The public exports by name, and the source files that declare them (with the entries). */
function publicSurface(): { exports: Map<string, PublicExport>; files: string[] } {
  const program = ts.createProgram(Object.values(ENTRIES), OPTIONS, host);
  const checker = program.getTypeChecker();
  const exports = new Map<string, PublicExport>();
  const files = new Set<string>();
  for (const entry of Object.values(ENTRIES)) {
    files.add(entry);
    const source = program.getSourceFile(entry);
    const module = source && checker.getSymbolAtLocation(source);
    if (module === undefined) throw new Error(`cannot read the exports of ${entry}`);
    for (const symbol of checker.getExportsOfModule(module)) {
      const target =
        symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      for (const d of target.declarations ?? []) files.add(d.getSourceFile().fileName);
      if (!exports.has(symbol.name)) {
        exports.set(symbol.name, { entry, typeOnly: !(target.flags & ts.SymbolFlags.Value) });
      }
    }
  }
  const src = join(root, "src");
  return { exports, files: [...files].filter((f) => f.startsWith(src)).sort() };
}

const PRELUDE = `import { expect as __vitestExpect } from "vitest";
const __ran = new Set<number>(); const __expect = (line: number, actual: unknown, expected: unknown): void => { __ran.add(line); __vitestExpect(actual).toEqual(expected); }; const __reached = (lines: number[]): void => { __vitestExpect(lines.filter((l) => !__ran.has(l)).map((l) => \`//=> on code line \${l + 1} never ran\`)).toEqual([]); };
`;
/** Lines in front of a sample's code: the prelude and one line of implicit imports. */
const OFFSET = PRELUDE.split("\n").length;

/** Bracket depth of a piece of code: 0 once every (, [ and { is closed. */
function depth(code: string): number {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, code);
  let d = 0;
  for (let t = scanner.scan(); t !== ts.SyntaxKind.EndOfFileToken; t = scanner.scan()) {
    if (
      t === ts.SyntaxKind.OpenParenToken ||
      t === ts.SyntaxKind.OpenBracketToken ||
      t === ts.SyntaxKind.OpenBraceToken
    )
      d++;
    if (
      t === ts.SyntaxKind.CloseParenToken ||
      t === ts.SyntaxKind.CloseBracketToken ||
      t === ts.SyntaxKind.CloseBraceToken
    )
      d--;
  }
  return d;
}

interface Assertion {
  /** Line (0-based) on which the asserted statement ends. */
  readonly line: number;
  readonly expected: string;
}

const ARROW = "//=>";

/**
 * Finds the `//=>` comments of a sample, ends the statement each one follows with a `;` (so the
 * next line cannot continue it), and returns the code with the assertions.
 */
function findAssertions(code: string): { code: string; assertions: Assertion[] } {
  const lines = code.split("\n");
  const assertions: Assertion[] = [];
  const isCode = (l: string): boolean => l.trim() !== "" && !l.trim().startsWith("//");
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    const at = commentStart(text);
    if (at < 0 || !text.slice(at).startsWith(ARROW)) continue;
    let expected = text.slice(at + ARROW.length).trim();
    for (let j = i + 1; depth(expected) > 0 && j < lines.length; j++) {
      const next = (lines[j] as string).trim();
      if (!next.startsWith("//") || next.startsWith(ARROW)) break;
      expected += ` ${next.slice(2).trim()}`;
    }
    let line = i;
    if (text.slice(0, at).trim() === "") {
      line = i - 1;
      while (line >= 0 && !isCode(lines[line] as string)) line--;
      if (line < 0) throw new Error(`line ${i + 1}: ${ARROW} follows no statement`);
    }
    const target = lines[line] as string;
    const end = line === i ? at : commentStart(target) < 0 ? target.length : commentStart(target);
    const head = target.slice(0, end).trimEnd();
    if (!head.endsWith(";")) lines[line] = `${head};${target.slice(head.length)}`;
    assertions.push({ line, expected });
  }
  return { code: lines.join("\n"), assertions };
}

/** Whether an identifier names a property rather than a binding (`a.name`, `{ name: 1 }`). */
function isPropertyName(node: ts.Identifier): boolean {
  const p = node.parent;
  return (
    (ts.isPropertyAccessExpression(p) && p.name === node) ||
    (ts.isQualifiedName(p) && p.right === node) ||
    ((ts.isPropertyAssignment(p) || ts.isPropertySignature(p) || ts.isMethodDeclaration(p)) &&
      p.name === node) ||
    (ts.isBindingElement(p) && p.propertyName === node)
  );
}

/** Where a `//` comment starts on a line of code, outside strings; -1 if none. */
function commentStart(line: string): number {
  const scanner = ts.createScanner(
    ts.ScriptTarget.Latest,
    false,
    ts.LanguageVariant.Standard,
    line,
  );
  for (let t = scanner.scan(); t !== ts.SyntaxKind.EndOfFileToken; t = scanner.scan()) {
    if (t === ts.SyntaxKind.SingleLineCommentTrivia) return scanner.getTokenStart();
  }
  return -1;
}

/**
 * Turns a sample into a module: package imports point at the sources, every `//=>` becomes an
 * assertion, and (for TSDoc examples) the public exports it names are imported.
 */
function toModule(sample: string, surface: ReturnType<typeof publicSurface> | undefined): string {
  const { code, assertions } = findAssertions(
    sample.replace(/from "(samenwerken(?:\/[a-z]+)?)"/g, (m, spec: string) =>
      ENTRIES[spec] ? `from ${JSON.stringify(ENTRIES[spec])}` : m,
    ),
  );
  const source = ts.createSourceFile("sample.ts", code, ts.ScriptTarget.Latest, true);
  const lineOf = (pos: number): number => source.getLineAndCharacterOfPosition(pos).line;
  // Every expression statement by the line it ends on (the last one, if several end there).
  const statements = new Map<number, ts.ExpressionStatement>();
  const declared = new Set<string>();
  const used = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node)) statements.set(lineOf(node.end), node);
    if (ts.isIdentifier(node) && !isPropertyName(node)) used.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  for (const s of source.statements) {
    if (ts.isImportDeclaration(s)) {
      const bindings = s.importClause?.namedBindings;
      if (s.importClause?.name) declared.add(s.importClause.name.text);
      if (bindings && ts.isNamedImports(bindings))
        for (const e of bindings.elements) declared.add(e.name.text);
      if (bindings && ts.isNamespaceImport(bindings)) declared.add(bindings.name.text);
    } else if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) {
        const names = (n: ts.BindingName): void => {
          if (ts.isIdentifier(n)) declared.add(n.text);
          else for (const e of n.elements) if (!ts.isOmittedExpression(e)) names(e.name);
        };
        names(d.name);
      }
    } else if (
      (ts.isFunctionDeclaration(s) ||
        ts.isClassDeclaration(s) ||
        ts.isInterfaceDeclaration(s) ||
        ts.isTypeAliasDeclaration(s)) &&
      s.name
    ) {
      declared.add(s.name.text);
    }
  }
  // Wrap from the back, so earlier offsets stay valid.
  let body = code;
  for (const a of [...assertions].sort((x, y) => y.line - x.line)) {
    const statement = statements.get(a.line);
    if (statement === undefined) {
      throw new Error(`line ${a.line + 1}: ${ARROW} follows no expression statement`);
    }
    const e = statement.expression;
    body = `${body.slice(0, e.getStart())}__expect(${a.line}, ${body.slice(e.getStart(), e.end)}, ${a.expected})${body.slice(e.end)}`;
  }
  const lines = JSON.stringify(assertions.map((a) => a.line).sort((x, y) => x - y));
  const reached = `__reached(${lines});`;
  let implicit = "";
  if (surface !== undefined) {
    const byEntry = new Map<string, string[]>();
    const wanted = [...used].filter((n) => !declared.has(n));
    for (const name of wanted.sort()) {
      const exp = surface.exports.get(name);
      if (exp === undefined) continue;
      byEntry.set(exp.entry, [
        ...(byEntry.get(exp.entry) ?? []),
        exp.typeOnly ? `type ${name}` : name,
      ]);
    }
    implicit = [...byEntry]
      .map(([entry, names]) => `import { ${names.join(", ")} } from ${JSON.stringify(entry)};`)
      .join(" ");
  }
  return `${PRELUDE}${implicit}\n${body}\n${reached}\nexport {};\n`;
}

/** The ```ts blocks of a markdown file: 1-based line of the first code line, and the code. */
function markdownSamples(text: string): Array<{ line: number; code: string }> {
  const lines = text.split("\n");
  const found: Array<{ line: number; code: string }> = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.trim() !== "```ts") continue;
    const code: string[] = [];
    const line = i + 2;
    for (i++; i < lines.length && lines[i]?.trim() !== "```"; i++) code.push(lines[i] as string);
    found.push({ line, code: code.join("\n") });
  }
  return found;
}

/**
 * The ```ts blocks inside the `@example` tags of a source file's TSDoc comments, and the lines
 * of any `@example` that holds no such block.
 */
function tsdocSamples(text: string): {
  samples: Array<{ line: number; code: string }>;
  unfenced: number[];
} {
  const samples: Array<{ line: number; code: string }> = [];
  const unfenced: number[] = [];
  for (const m of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const first = text.slice(0, m.index).split("\n").length;
    const lines = m[0].split("\n").map((l) =>
      l
        .replace(/^\s*\/\*\*\s?/, "")
        .replace(/\s*\*\/$/, "")
        .replace(/^\s*\* ?/, ""),
    );
    let example = -1;
    let fenced = false;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i] as string;
      if (l.startsWith("@")) {
        if (example >= 0 && !fenced) unfenced.push(first + example);
        example = l.startsWith("@example") ? i : -1;
        fenced = false;
      } else if (example >= 0 && l.trim() === "```ts") {
        const code: string[] = [];
        const line = first + i + 1;
        for (i++; i < lines.length && lines[i]?.trim() !== "```"; i++)
          code.push(lines[i] as string);
        samples.push({ line, code: code.join("\n") });
        fenced = true;
      }
    }
    if (example >= 0 && !fenced) unfenced.push(first + example);
  }
  return { samples, unfenced };
}

const problems: string[] = [];
const unfenced: string[] = [];

function collectSamples(): Sample[] {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const samples: Sample[] = [];
  const add = (
    doc: string,
    kind: Sample["kind"],
    found: ReadonlyArray<{ line: number; code: string }>,
    surface?: ReturnType<typeof publicSurface>,
  ): void => {
    for (const { line, code } of found) {
      const file = join(outDir, `${doc.replace(/[^a-z0-9]+/gi, "-")}-${line}.ts`);
      try {
        writeFileSync(file, toModule(code, surface));
        samples.push({ doc, line, file, kind });
      } catch (e) {
        problems.push(`${doc}:${line}: ${(e as Error).message}`);
      }
    }
  };
  const guides = [
    "README.md",
    ...readdirSync(join(root, "docs"))
      .filter((f) => f.endsWith(".md"))
      .sort()
      .map((f) => `docs/${f}`),
  ];
  for (const doc of guides)
    add(doc, "guide", markdownSamples(readFileSync(join(root, doc), "utf8")));
  const surface = publicSurface();
  for (const file of surface.files) {
    const doc = relative(root, file);
    const found = tsdocSamples(readFileSync(file, "utf8"));
    for (const line of found.unfenced) unfenced.push(`${doc}:${line}`);
    add(doc, "tsdoc", found.samples, surface);
  }
  return samples;
}

const samples = collectSamples();

describe("code samples in the docs", () => {
  it("finds samples in the README, the guides and the TSDoc", () => {
    expect(samples.filter((s) => s.doc === "README.md").length).toBeGreaterThan(0);
    expect(samples.filter((s) => s.doc.startsWith("docs/")).length).toBeGreaterThan(0);
    expect(samples.filter((s) => s.kind === "tsdoc").length).toBeGreaterThan(50);
  });

  it("turn every //=> into an assertion", () => {
    expect(problems).toEqual([]);
  });

  it("give every @example a fenced ```ts block", () => {
    expect(unfenced).toEqual([]);
  });

  it("type-check against the sources", () => {
    const program = ts.createProgram(
      samples.map((s) => s.file),
      OPTIONS,
      host,
    );
    const found = samples.flatMap((sample) => {
      const source = program.getSourceFile(sample.file);
      if (source === undefined) return [`${sample.doc}:${sample.line}: not compiled`];
      return [
        ...program.getSyntacticDiagnostics(source),
        ...program.getSemanticDiagnostics(source),
      ].map((d) => {
        const { line } = source.getLineAndCharacterOfPosition(d.start ?? 0);
        const where = line < OFFSET ? "(implicit import)" : String(sample.line + line - OFFSET);
        return `${sample.doc}:${where}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      });
    });
    expect(found).toEqual([]);
  }, 60_000);

  for (const sample of samples) {
    it(`runs ${sample.doc}:${sample.line}`, async () => {
      await import(sample.file);
    });
  }
});
