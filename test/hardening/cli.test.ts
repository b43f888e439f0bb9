import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliIo, EXIT_INPUT, EXIT_OK, EXIT_USAGE, runCli } from "../../src/cli/run";
import { exampleSamenwerking, serializeSamenwerking } from "../../src/index";

type Files = Map<string, string | Uint8Array>;

/** An in-memory io whose writes can be made to fail after some characters, like a full disk. */
function memoryIo(
  files: Record<string, string | Uint8Array>,
  failAfter = Number.POSITIVE_INFINITY,
): CliIo & { readonly err: string[]; readonly out: string[]; readonly files: Files } {
  const out: string[] = [];
  const err: string[] = [];
  const map: Files = new Map(Object.entries(files));
  return {
    out,
    err,
    files: map,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: (path) => {
      const t = map.get(path);
      if (t === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return t;
    },
    writeFile: (path, text) => {
      if (text.length > failAfter) {
        map.set(path, text.slice(0, failAfter));
        throw new Error("EFBIG: file too large");
      }
      map.set(path, text);
    },
    rename: (from, to) => {
      const t = map.get(from);
      if (t === undefined) throw new Error(`ENOENT: rename '${from}'`);
      map.delete(from);
      map.set(to, t);
    },
    remove: (path) => void map.delete(path),
    exists: (path) => map.has(path),
    sameFile: (a, b) => a.replace(/^\.\//, "") === b.replace(/^\.\//, ""),
    version: "1.2.3",
  };
}

const example = (): string => serializeSamenwerking(exampleSamenwerking(), { space: 2 });

describe("the CLI never leaves a partial file (issue 14, item 5)", () => {
  it("keeps the previous file whole when the write fails, and cleans up", async () => {
    const io = memoryIo({ "in.json": example(), "precious.html": "PREVIOUS" }, 1000);
    expect(await runCli(["report", "in.json", "--lang", "en", "--out", "precious.html"], io)).toBe(
      EXIT_INPUT,
    );
    expect(io.files.get("precious.html")).toBe("PREVIOUS");
    expect([...io.files.keys()].sort()).toEqual(["in.json", "precious.html"]);
    expect(io.err.join("")).toContain("cannot write precious.html: EFBIG");
  });
});

describe("the CLI guards its files (issue 14, item 12)", () => {
  it("refuses --out equal to the input", async () => {
    const io = memoryIo({ "in.json": example() });
    expect(await runCli(["report", "in.json", "--lang", "en", "--out", "./in.json"], io)).toBe(
      EXIT_USAGE,
    );
    expect(io.files.get("in.json")).toBe(example());
    expect(io.err.join("")).toContain("--out ./in.json is the input file");
  });

  it("says when it replaces an existing file, and --force silences that", async () => {
    const io = memoryIo({ "in.json": example(), "r.html": "old" });
    expect(await runCli(["report", "in.json", "--lang", "en", "--out", "r.html"], io)).toBe(
      EXIT_OK,
    );
    expect(io.err.join("")).toContain("replaced the existing r.html");
    const quiet = memoryIo({ "in.json": example(), "r.html": "old" });
    expect(
      await runCli(["report", "in.json", "--lang", "en", "--out", "r.html", "--force"], quiet),
    ).toBe(EXIT_OK);
    expect(quiet.err.join("")).not.toContain("replaced");
    expect(quiet.files.get("r.html")).not.toBe("old");
  });

  it("refuses input that is not valid UTF-8, with the byte offset", async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('{"name":"Caf'), 0xe9, 0x22, 0x7d]);
    const io = memoryIo({ "in.json": latin1 });
    expect(await runCli(["report", "in.json", "--lang", "en"], io)).toBe(EXIT_INPUT);
    expect(io.err.join("")).toContain("in.json is not valid UTF-8 (at byte 12)");
    expect(io.out).toEqual([]);
  });

  it("reads valid UTF-8 bytes", async () => {
    const io = memoryIo({ "in.json": new TextEncoder().encode(example()) });
    expect(await runCli(["report", "in.json", "--format", "markdown"], io)).toBe(EXIT_OK);
    expect(io.out.join("")).toContain("Zorgnetwerk Deinze");
  });

  it("prints the first 100 problems and a count of the rest", async () => {
    const belangen = Array.from({ length: 1000 }, (_, i) => ({ id: `b${i}` }));
    const io = memoryIo({ "in.json": JSON.stringify({ partners: [], belangen, standpunten: [] }) });
    expect(await runCli(["report", "in.json", "--lang", "en"], io)).toBe(EXIT_INPUT);
    const lines = io.err.join("").trimEnd().split("\n");
    expect(lines.filter((l) => l.startsWith("  belangen[")).length).toBe(100);
    expect(lines.at(-1)).toBe("  … and 2900 more problems");
  });
});

describe("the CLI prints no terminal escapes (issue 14, item 7)", () => {
  it("strips control characters from every message", async () => {
    const id = "a\u001b]0;pwned\u0007\u001b[31m";
    const doc = {
      partners: [],
      belangen: [{ id, partnerId: id, niveau: "netwerk", text: "x" }],
      standpunten: [],
    };
    const io = memoryIo({ "in.json": JSON.stringify(doc) });
    expect(await runCli(["report", "in.json"], io)).toBe(EXIT_INPUT);
    const err = io.err.join("");
    expect(err).toContain("a]0;pwned[31m");
    expect([...err].some((c) => /\p{Cc}/u.test(c) && c !== "\n")).toBe(false);
    const usage = memoryIo({});
    expect(await runCli(["report", "x\u001b[2J.json", "--lang", "\u001bfr"], usage)).toBe(
      EXIT_USAGE,
    );
    expect([...usage.err.join("")].some((c) => /\p{Cc}/u.test(c) && c !== "\n")).toBe(false);
  });
});

const CLI = join(process.cwd(), "dist", "cli.js");

describe.skipIf(!existsSync(CLI))("the built bin with a file size limit", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "samenwerken-hard-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exits 1 and leaves the previous file whole when the limit is hit", () => {
    const input = join(dir, "in.json");
    const out = join(dir, "precious.html");
    writeFileSync(input, example());
    writeFileSync(out, "PREVIOUS");
    const r = spawnSync(
      "sh",
      ["-c", `ulimit -f 64; exec "${process.execPath}" "${CLI}" report "${input}" --out "${out}"`],
      {
        encoding: "utf8",
      },
    );
    expect(r.status).toBe(1);
    expect(readFileSync(out, "utf8")).toBe("PREVIOUS");
    expect(readdirSync(dir).sort()).toEqual(["in.json", "precious.html"]);
  });
});
