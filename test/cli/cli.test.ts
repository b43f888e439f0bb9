import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type CliIo, EXIT_INPUT, EXIT_OK, EXIT_USAGE, parseArgs, runCli } from "../../src/cli/run";
import {
  exampleSamenwerking,
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
    expect(io.err.join("")).toContain("to standard output");
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
    const code = await runCli(["report", "bad.json", "--out", "out.html"], io);
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
    expect(err).toContain("(2 problems)");
    expect(err).toContain("belangen[0].partnerId:");
    expect(err).toContain("standpunten[0].belangIds[0]:");
    expect(io.out).toEqual([]);
  });

  it("reports malformed JSON as one problem at the document", async () => {
    const io = memoryIo({ "in.json": '{"partners": [' });
    expect(await runCli(["report", "in.json", "--out", "x.html"], io)).toBe(EXIT_INPUT);
    expect(io.err.join("")).toMatch(
      /\(1 problem\); nothing was written:\n {2}\(document\): .*\[invalid_json\]/,
    );
    expect(io.files.has("x.html")).toBe(false);
  });

  it("reports a missing file", async () => {
    const io = memoryIo();
    expect(await runCli(["report", "missing.json"], io)).toBe(EXIT_INPUT);
    expect(io.err.join("")).toBe(
      "samenwerken: cannot read missing.json: ENOENT: no such file or directory, open 'missing.json'\n",
    );
    expect(io.out).toEqual([]);
  });

  it("reports a file it cannot write", async () => {
    const io = memoryIo({ "in.json": example() });
    expect(await runCli(["report", "in.json", "--out", "/readonly/r.html"], io)).toBe(EXIT_INPUT);
    expect(io.err.join("")).toContain("cannot write /readonly/r.html: EACCES");
  });

  it("rejects a bad --lang or --format with exit 2", async () => {
    const io = memoryIo({ "in.json": example() });
    expect(await runCli(["report", "in.json", "--lang", "fr"], io)).toBe(EXIT_USAGE);
    expect(io.err.join("")).toContain("--lang must be nl or en, got fr");
    expect(await runCli(["report", "in.json", "--format", "pdf"], io)).toBe(EXIT_USAGE);
    expect(io.err.join("")).toContain("--format must be html or markdown, got pdf");
    expect(io.out).toEqual([]);
  });
});

describe("runCli usage", () => {
  it("prints help and the version", async () => {
    const io = memoryIo();
    expect(await runCli(["--help"], io)).toBe(EXIT_OK);
    expect(io.out.join("")).toContain("samenwerken report <file.json>");
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
    [[], "missing command (report or schema)"],
    [["print"], "unknown command print"],
    [["report"], "report: missing the collaboration file"],
    [["report", "a.json", "b.json"], "report: unexpected argument b.json"],
    [["report", "a.json", "--colour"], "unknown option --colour"],
    [["report", "a.json", "--lang"], "option --lang needs a value"],
    [["report", "a.json", "--out", "--lang", "en"], "option --out needs a value"],
    [["report", "a.json", "--lang=nl", "--lang=en"], "option --lang is given twice"],
    [["schema", "x"], "schema: unexpected argument x"],
    [["schema", "--lang", "en"], "schema: only --out is allowed"],
  ])("rejects %j with exit 2 and the usage", async (argv, error) => {
    const io = memoryIo({ "a.json": example() });
    expect(await runCli(argv, io)).toBe(EXIT_USAGE);
    const err = io.err.join("");
    expect(err.startsWith(`samenwerken: ${error}\n`)).toBe(true);
    expect(err).toContain("Usage:");
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
    expect(r.stderr).toContain("(4 problems)");
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
