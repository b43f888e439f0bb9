import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type CliIo, EXIT_INPUT, EXIT_OK, EXIT_USAGE, parseArgs, runCli } from "../../src/cli/run";
import {
  exampleSamenwerking,
  parseSamenwerking,
  samenwerkingJsonSchema,
  serializeSamenwerking,
} from "../../src/index";
import { report } from "../../src/report/index";

/** An in-memory io: files in a map, output collected. */
function memoryIo(files: Record<string, string> = {}): CliIo & {
  readonly out: string[];
  readonly err: string[];
  readonly files: Map<string, string>;
} {
  const out: string[] = [];
  const err: string[] = [];
  const map = new Map(Object.entries(files));
  return {
    out,
    err,
    files: map,
    stdout: (t) => {
      out.push(t);
    },
    stderr: (t) => {
      err.push(t);
    },
    readFile: async (path) => {
      const t = map.get(path);
      if (t === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return t;
    },
    writeFile: async (path, text) => {
      if (path.startsWith("/readonly/"))
        throw new Error(`EACCES: permission denied, open '${path}'`);
      map.set(path, text);
    },
    rename: async (from, to) => {
      const t = map.get(from);
      if (t === undefined) throw new Error(`ENOENT: no such file or directory, rename '${from}'`);
      map.delete(from);
      map.set(to, t);
    },
    remove: async (path) => {
      map.delete(path);
    },
    exists: (path) => map.has(path),
    sameFile: (a, b) => a === b,
    version: "9.8.7",
  };
}

const example = (): string => serializeSamenwerking(exampleSamenwerking(), { space: 2 });

const BROKEN = JSON.stringify({
  partners: [{ id: "a", name: "A", brillen: ["politiek", "bril"] }],
  belangen: [{ id: "b1", partnerId: "a", niveau: "wereld", text: "  " }],
  standpunten: [{ id: "s1", partnerId: "a", text: "Meer geld", extra: 1 }],
});

describe("runCli report", () => {
  it("writes the report of a valid file to --out and says where", async () => {
    const io = memoryIo({ "in.json": example() });
    const code = await runCli(["report", "in.json", "--lang", "en", "--out", "out.html"], io);
    expect(code).toBe(EXIT_OK);
    expect(io.files.get("out.html")).toBe(
      report(exampleSamenwerking(), { lang: "en", format: "html" }),
    );
    expect(io.out).toEqual([]);
    expect(io.err.join("")).toBe("samenwerken: wrote the html report (en) to out.html\n");
  });

  it("writes to standard output without --out, in Dutch and HTML by default", async () => {
    const io = memoryIo({ "in.json": example() });
    expect(await runCli(["report", "in.json"], io)).toBe(EXIT_OK);
    expect(io.out.join("")).toBe(report(exampleSamenwerking(), { lang: "nl", format: "html" }));
    expect(io.err.join("")).toBe(
      "samenwerken: het html-rapport (nl) geschreven naar de standaarduitvoer\n",
    );
  });

  it("takes the format from --format, or Markdown from an .md --out", async () => {
    const io = memoryIo({ "in.json": example() });
    expect(await runCli(["report", "in.json", "--out=r.md"], io)).toBe(EXIT_OK);
    expect(io.files.get("r.md")).toBe(
      report(exampleSamenwerking(), { lang: "nl", format: "markdown" }),
    );
    expect(await runCli(["report", "--format=markdown", "in.json"], io)).toBe(EXIT_OK);
    expect(io.out.join("")).toBe(report(exampleSamenwerking(), { lang: "nl", format: "markdown" }));
    expect(await runCli(["report", "in.json", "--format", "html", "--out", "r2.md"], io)).toBe(
      EXIT_OK,
    );
    expect(io.files.get("r2.md")?.startsWith("<!DOCTYPE html>")).toBe(true);
  });

  it("lists every problem of a broken file with its path, exits 1 and writes nothing", async () => {
    const io = memoryIo({ "bad.json": BROKEN });
    const code = await runCli(["report", "bad.json", "--out", "out.html", "--lang", "en"], io);
    expect(code).toBe(EXIT_INPUT);
    expect(io.files.has("out.html")).toBe(false);
    expect(io.out).toEqual([]);
    const err = io.err.join("");
    expect(err).toContain(
      "bad.json is not a valid collaboration (4 problems); nothing was written",
    );
    expect(err).toMatch(/^ {2}partners\[0\]\.brillen\[1\]: .*\[invalid_value\]$/m);
    expect(err).toMatch(/^ {2}belangen\[0\]\.niveau: .*\[invalid_value\]$/m);
    expect(err).toMatch(/^ {2}belangen\[0\]\.text: .*\[blank\]$/m);
    expect(err).toMatch(/^ {2}standpunten\[0\]\.extra: .*\[unknown_key\]$/m);
  });

  it("reports broken references too", async () => {
    const s = JSON.parse(example());
    s.belangen[0].partnerId = "nobody";
    s.standpunten[0].belangIds = ["b-none"];
    const io = memoryIo({ "in.json": JSON.stringify(s) });
    expect(await runCli(["report", "in.json"], io)).toBe(EXIT_INPUT);
    const err = io.err.join("");
    expect(err).toContain("(2 problemen)");
    expect(err).toContain('er is geen partner met id "nobody"');
    expect(err).toContain("belangen[0].partnerId:");
    expect(err).toContain("standpunten[0].belangIds[0]:");
    expect(io.out).toEqual([]);
  });

  it("reports malformed JSON as one problem at the document", async () => {
    const io = memoryIo({ "in.json": '{"partners": [' });
    expect(await runCli(["report", "in.json", "--out", "x.html", "--lang", "en"], io)).toBe(
      EXIT_INPUT,
    );
    expect(io.err.join("")).toBe(
      [
        "samenwerken: in.json is not a valid collaboration (1 problem); nothing was written:",
        "  (document): is not valid JSON: the text ends too early at line 1, column 15 [invalid_json]",
        '    {"partners": [',
        "                  ^",
        "",
      ].join("\n"),
    );
    expect(io.files.has("x.html")).toBe(false);
  });

  it("reports a missing file", async () => {
    const io = memoryIo();
    expect(await runCli(["report", "missing.json"], io)).toBe(EXIT_INPUT);
    expect(io.err.join("")).toBe(
      "samenwerken: kan missing.json niet lezen: ENOENT: no such file or directory, open 'missing.json'\n",
    );
    expect(io.out).toEqual([]);
  });

  it("reports a file it cannot write", async () => {
    const io = memoryIo({ "in.json": example() });
    expect(await runCli(["report", "in.json", "--out", "/readonly/r.html"], io)).toBe(EXIT_INPUT);
    expect(io.err.join("")).toContain("kan /readonly/r.html niet schrijven: EACCES");
  });

  it("rejects a bad --lang or --format with exit 2", async () => {
    const io = memoryIo({ "in.json": example() });
    expect(await runCli(["report", "in.json", "--lang", "fr"], io)).toBe(EXIT_USAGE);
    expect(io.err.join("")).toContain("--lang moet nl of en zijn, niet fr");
    expect(await runCli(["report", "in.json", "--format", "pdf", "--lang", "en"], io)).toBe(
      EXIT_USAGE,
    );
    expect(io.err.join("")).toContain("--format must be html or markdown, got pdf");
    expect(io.out).toEqual([]);
  });
});

describe("runCli usage", () => {
  it("prints help and the version", async () => {
    const io = memoryIo();
    expect(await runCli(["--help"], io)).toBe(EXIT_OK);
    expect(io.out.join("")).toContain("samenwerken report <bestand.json | ->");
    expect(await runCli(["--help", "--lang", "en"], io)).toBe(EXIT_OK);
    expect(io.out.at(-1)).toContain("samenwerken report <file.json | ->");
    for (const command of ["init", "classify", "report", "schema"]) {
      for (const lang of ["nl", "en"]) {
        expect(await runCli([command, "--help", `--lang=${lang}`], io)).toBe(EXIT_OK);
        expect(io.out.at(-1)).toMatch(new RegExp(`^samenwerken ${command} `));
        expect(io.out.at(-1)).toMatch(lang === "nl" ? /\nVoorbeelden:\n/ : /\nExamples:\n/);
      }
    }
    expect(await runCli(["-v"], io)).toBe(EXIT_OK);
    expect(io.out.at(-1)).toBe("9.8.7\n");
  });

  it("prints the JSON Schema, or writes it to --out", async () => {
    const io = memoryIo();
    expect(await runCli(["schema"], io)).toBe(EXIT_OK);
    expect(JSON.parse(io.out.join(""))).toEqual(samenwerkingJsonSchema());
    expect(await runCli(["schema", "--out", "s.json"], io)).toBe(EXIT_OK);
    expect(JSON.parse(io.files.get("s.json") ?? "")).toEqual(samenwerkingJsonSchema());
  });

  it.each([
    [[], "missing command (init, classify, report or schema)"],
    [["print"], "unknown command print"],
    [["report"], "report: missing the file"],
    [["init"], "init: missing the file"],
    [
      ["classify"],
      "classify: no statements (give them as arguments, with --file, or - for standard input)",
    ],
    [["classify", "a", "--file", "b.txt"], "classify: unexpected argument a"],
    [["init", "a.json", "--out", "b.json"], "init: option --out is not allowed here"],
    [["report", "a.json", "b.json"], "report: unexpected argument b.json"],
    [["report", "a.json", "--colour"], "unknown option --colour"],
    [["report", "a.json", "--lang"], "option --lang needs a value"],
    [["report", "a.json", "--out", "--lang", "en"], "option --out needs a value"],
    [["report", "a.json", "--out=a", "--out=b"], "option --out is given twice"],
    [["schema", "x"], "schema: unexpected argument x"],
    [["schema", "--format", "html"], "schema: option --format is not allowed here"],
  ])("rejects %j with exit 2 and the usage", async (argv, error) => {
    const io = memoryIo({ "a.json": example() });
    expect(await runCli([...argv, "--lang=en"], io)).toBe(EXIT_USAGE);
    const err = io.err.join("");
    expect(err.startsWith(`samenwerken: ${error}\n`)).toBe(true);
    // Then the help: of the command when there is one, else the general help.
    expect(err).toContain(argv[0] === "classify" ? "--json" : "--lang");
    expect(io.out).toEqual([]);
    expect([...io.files.keys()]).toEqual(["a.json"]);
  });

  it("takes arguments after -- as positional", () => {
    expect(parseArgs(["report", "--", "--weird.json"])).toEqual({
      ok: true,
      value: { command: "report", file: "--weird.json" },
    });
  });
});

describe("the main module", () => {
  it("runs runCli with the process's arguments, streams and exit code", async () => {
    const argv = process.argv;
    const out: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    try {
      process.argv = [argv[0] as string, "samenwerken", "--version"];
      await import("../../src/cli/main");
      const version = JSON.parse(readFileSync("package.json", "utf8")).version;
      await vi.waitFor(() => expect(out.join("")).toBe(`${version}\n`));
      expect(process.exitCode).toBe(0);
    } finally {
      spy.mockRestore();
      process.argv = argv;
      process.exitCode = undefined;
    }
  });
});

// The built command, run as a user would: only when `npx tsup` has built dist/cli.js.
const CLI = join(process.cwd(), "dist", "cli.js");

describe.skipIf(!existsSync(CLI))("the samenwerken bin (dist/cli.js)", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "samenwerken-cli-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("turns a valid file into a report file, exit 0", async () => {
    const input = join(dir, "ok.json");
    const out = join(dir, "report.html");
    writeFileSync(input, example());
    const r = spawnSync(process.execPath, [CLI, "report", input, "--lang", "en", "--out", out], {
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`samenwerken: wrote the html report (en) to ${out}\n`);
    // Compare with the built library, so the bin agrees with the build it belongs to.
    const built = (await import(pathToFileURL(join(process.cwd(), "dist", "report.js")).href)) as {
      report: typeof report;
    };
    const lib = (await import(pathToFileURL(join(process.cwd(), "dist", "index.js")).href)) as {
      exampleSamenwerking: typeof exampleSamenwerking;
    };
    expect(readFileSync(out, "utf8")).toBe(
      built.report(lib.exampleSamenwerking(), { lang: "en", format: "html" }),
    );
  });

  it("turns a broken file into a list of problems, exit 1, no file", () => {
    const input = join(dir, "bad.json");
    const out = join(dir, "never.html");
    writeFileSync(input, BROKEN);
    const r = spawnSync(process.execPath, [CLI, "report", input, "--out", out], {
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("(4 problemen)");
    expect(r.stdout).toBe("");
    expect(existsSync(out)).toBe(false);
  });

  it("starts with a shebang and prints its version", () => {
    expect(readFileSync(CLI, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    const version = JSON.parse(readFileSync("package.json", "utf8")).version;
    expect(execFileSync(process.execPath, [CLI, "--version"], { encoding: "utf8" })).toBe(
      `${version}\n`,
    );
  });
});

describe("runCli init", () => {
  it("writes a small, valid starter document in Dutch or English", async () => {
    const io = memoryIo();
    expect(await runCli(["init", "netwerk.json"], io)).toBe(EXIT_OK);
    const nl = parseSamenwerking(JSON.parse(io.files.get("netwerk.json") ?? ""));
    expect(nl.name).toBe("Ons netwerk");
    expect([nl.partners.length, nl.belangen.length, nl.standpunten.length]).toEqual([2, 2, 1]);
    expect(io.err.join("")).toContain("geschreven naar netwerk.json");
    expect(await runCli(["init", "network.json", "--lang", "en"], io)).toBe(EXIT_OK);
    const en = parseSamenwerking(JSON.parse(io.files.get("network.json") ?? ""));
    expect(en.name).toBe("Our network");
    // The starter document has a report.
    expect(await runCli(["report", "network.json", "--lang", "en"], io)).toBe(EXIT_OK);
  });

  it("keeps an existing file unless --force", async () => {
    const io = memoryIo({ "a.json": "old" });
    expect(await runCli(["init", "a.json"], io)).toBe(EXIT_INPUT);
    expect(io.files.get("a.json")).toBe("old");
    expect(io.err.join("")).toBe(
      "samenwerken: a.json bestaat al; kies een ander bestand, of --force om het te vervangen\n",
    );
    expect(await runCli(["init", "a.json", "--force"], io)).toBe(EXIT_OK);
    expect(io.files.get("a.json")).not.toBe("old");
  });
});

describe("runCli classify", () => {
  it("classifies statements given as arguments: kind, confidence and the cues in words", async () => {
    const io = memoryIo();
    expect(await runCli(["classify", "De gemeente moet een tweede coördinator betalen."], io)).toBe(
      EXIT_OK,
    );
    const [line, cues] = io.out.join("").split("\n");
    expect(line).toMatch(/^standpunt +\d+% {2}De gemeente moet een tweede coördinator betalen\.$/);
    expect(cues).toContain("“betalen” (een concrete handeling → standpunt)");
  });

  it("reads a file or standard input, one statement per line, and prints JSON lines", async () => {
    const io = {
      ...memoryIo({
        "s.txt": "\uFEFFWe want one phone number for all carers.\n\n  Ik vrees dat we afhaken.\r\n",
      }),
      readStdin: () => new TextEncoder().encode("We are worried.\n"),
    };
    expect(await runCli(["classify", "--file", "s.txt", "--json", "--lang", "en"], io)).toBe(
      EXIT_OK,
    );
    const rows = io.out
      .join("")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.text, r.kind, r.lang])).toEqual([
      ["We want one phone number for all carers.", "standpunt", "en"],
      ["Ik vrees dat we afhaken.", "belang", "nl"],
    ]);
    expect(rows[1].cues.find((q: { family: string }) => q.family === "b.fear")).toMatchObject({
      label: "a fear",
      text: "vrees",
    });
    expect(await runCli(["classify", "-", "--lang", "en"], io)).toBe(EXIT_OK);
    // The fear and the phrase of the same word are one item with both labels, listed once
    // (after whatever other phrases the model weighs, such as "We are" in some refits).
    const line = io.out.at(-1) as string;
    expect(line).toMatch(
      /^interest +\d+% {2}We are worried\.\n +cues: (.*, )?“worried” \(a fear, a phrase often found in interests → interest\)\n$/,
    );
    expect(line.split("“worried”")).toHaveLength(2);
  });

  it("refuses an empty input or a missing standard input", async () => {
    const io = memoryIo({ "empty.txt": "\n \n" });
    expect(await runCli(["classify", "--file", "empty.txt"], io)).toBe(EXIT_INPUT);
    expect(await runCli(["classify", "-", "--lang", "en"], io)).toBe(EXIT_INPUT);
    expect(io.err.at(-1)).toBe("samenwerken: cannot read standard input: no standard input\n");
  });
});

describe("runCli report from standard input", () => {
  it("reads - from standard input, byte-order mark included", async () => {
    const io = {
      ...memoryIo(),
      readStdin: () => new TextEncoder().encode(`\uFEFF${example()}`),
    };
    expect(await runCli(["report", "-", "--format", "markdown"], io)).toBe(EXIT_OK);
    expect(io.out.join("")).toBe(report(exampleSamenwerking(), { lang: "nl", format: "markdown" }));
  });

  it("shows a JSON syntax error with its line, column and a caret, in Dutch", async () => {
    const io = { ...memoryIo(), readStdin: () => '{\n  "partners": [],\n  "belangen": [] "x"\n}' };
    expect(await runCli(["report", "-"], io)).toBe(EXIT_INPUT);
    expect(io.err.join("")).toBe(
      [
        "samenwerken: de standaardinvoer is geen geldige samenwerking (1 probleem); er is niets geschreven:",
        '  (document): is geen geldige JSON: onverwacht "\\"" op regel 3, kolom 18 [invalid_json]',
        '      "belangen": [] "x"',
        "                     ^",
        "",
      ].join("\n"),
    );
  });
});
