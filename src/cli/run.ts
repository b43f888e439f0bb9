import { stripControls } from "../internal/text";
import { isLang, LANGS, type Lang, langList } from "../lang";
import { safeParseSamenwerkingJson, samenwerkingJsonSchema } from "../model/samenwerking";
import { report } from "../report/index";

/** What the command line touches outside itself, injectable so that it can be tested. */
export interface CliIo {
  /** Writes to standard output. */
  readonly stdout: (text: string) => void;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
  /**
   * Reads a file: its bytes (checked to be UTF-8 and decoded here) or its text; rejects (or
   * throws) when it cannot.
   */
  readonly readFile: (path: string) => Promise<Uint8Array | string> | Uint8Array | string;
  /** Writes a UTF-8 text file; rejects (or throws) when it cannot. */
  readonly writeFile: (path: string, text: string) => Promise<void> | void;
  /** Renames a file, replacing the target if it exists (atomically, where the system can). */
  readonly rename: (from: string, to: string) => Promise<void> | void;
  /** Removes a file; used to clean up a temporary file after a failed write. */
  readonly remove: (path: string) => Promise<void> | void;
  /** Whether a file exists. */
  readonly exists: (path: string) => Promise<boolean> | boolean;
  /** Whether two paths name the same file (after resolving them). */
  readonly sameFile: (a: string, b: string) => Promise<boolean> | boolean;
  /** The package version, printed by `--version`. */
  readonly version: string;
}

/** Exit code of a run that did its job. */
export const EXIT_OK = 0;
/** Exit code when the input is bad (unreadable, malformed or invalid) or writing fails. */
export const EXIT_INPUT = 1;
/** Exit code when the command line itself is wrong (unknown command or flag, missing value). */
export const EXIT_USAGE = 2;

/**
 * The help text of the command line.
 *
 * @returns The usage, the commands with their options and the exit codes, ending in a newline.
 * @example
 * ```ts
 * usage().split("\n")[1] //=> "  samenwerken report <file.json> [--lang nl|en] [--format html|markdown] [--out <path>]"
 * ```
 */
export function usage(): string {
  return [
    "Usage:",
    "  samenwerken report <file.json> [--lang nl|en] [--format html|markdown] [--out <path>] [--force]",
    "  samenwerken schema [--out <path>] [--force]",
    "  samenwerken --help | --version",
    "",
    "Commands:",
    "  report   Validate a collaboration (JSON) and write the facilitator's report.",
    "           --lang    language of the report: nl (default) or en",
    "           --format  html (default; markdown when --out ends in .md) or markdown",
    "           --out     file to write (not the input); standard output when left out",
    "           --force   replace an existing --out file without saying so",
    "  schema   Print the JSON Schema of a collaboration document, for editors.",
    "",
    "The file is written whole or not at all: first to a temporary file beside it, then renamed.",
    "",
    "Exit codes: 0 done, 1 bad input (the problems are listed on standard error, the first 100",
    "and a count of the rest; nothing is written), 2 bad command line.",
    "",
  ].join("\n");
}

/** A parsed command line: the command, and for `report` its file and flags. */
export interface Parsed {
  readonly command: "report" | "schema" | "help" | "version";
  readonly file?: string;
  readonly lang?: string;
  readonly format?: string;
  readonly out?: string;
  /** `--force`: replace an existing `--out` file silently. */
  readonly force?: boolean;
}

type ParseResult =
  | { readonly ok: true; readonly value: Parsed }
  | { readonly ok: false; readonly error: string };

const VALUE_FLAGS: readonly string[] = ["--lang", "--format", "--out"];

/**
 * Parses the arguments after the program name. Flags take their value as the next argument or
 * after `=`; `--` ends the flags.
 *
 * @param argv - The arguments after the program name.
 * @returns The command with its file and flags, or the first problem with the command line.
 *   Values of `--lang` and `--format` are checked by {@link runCli}, not here.
 * @example
 * ```ts
 * parseArgs(["report", "a.json", "--lang=en"]) //=> { ok: true, value: { command: "report", file: "a.json", lang: "en" } }
 * parseArgs(["report"]) //=> { ok: false, error: "report: missing the collaboration file" }
 * ```
 */
export function parseArgs(argv: readonly string[]): ParseResult {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  let help = false;
  let version = false;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      for (let j = i + 1; j < argv.length; j++) positional.push(argv[j] as string);
      break;
    }
    if (arg === "--help" || arg === "-h") help = true;
    else if (arg === "--force") force = true;
    else if (arg === "--version" || arg === "-v") version = true;
    else if (arg.startsWith("-") && arg !== "-") {
      const eq = arg.indexOf("=");
      const name = eq === -1 ? arg : arg.slice(0, eq);
      if (!VALUE_FLAGS.includes(name)) return { ok: false, error: `unknown option ${name}` };
      let value: string | undefined;
      if (eq !== -1) value = arg.slice(eq + 1);
      else {
        value = argv[i + 1];
        i++;
      }
      if (value === undefined || value === "" || (eq === -1 && value.startsWith("--"))) {
        return { ok: false, error: `option ${name} needs a value` };
      }
      if (Object.hasOwn(flags, name)) return { ok: false, error: `option ${name} is given twice` };
      flags[name] = value;
    } else positional.push(arg);
  }
  if (help) return { ok: true, value: { command: "help" } };
  if (version) return { ok: true, value: { command: "version" } };
  const [command, ...rest] = positional;
  const withFlags = (p: Parsed): Parsed => ({
    ...p,
    ...(flags["--lang"] === undefined ? {} : { lang: flags["--lang"] }),
    ...(flags["--format"] === undefined ? {} : { format: flags["--format"] }),
    ...(flags["--out"] === undefined ? {} : { out: flags["--out"] }),
    ...(force ? { force: true } : {}),
  });
  if (command === undefined) return { ok: false, error: "missing command (report or schema)" };
  if (command === "report") {
    if (rest.length === 0) return { ok: false, error: "report: missing the collaboration file" };
    if (rest.length > 1) return { ok: false, error: `report: unexpected argument ${rest[1]}` };
    return { ok: true, value: withFlags({ command: "report", file: rest[0] as string }) };
  }
  if (command === "schema") {
    if (rest.length > 0) return { ok: false, error: `schema: unexpected argument ${rest[0]}` };
    if (flags["--lang"] !== undefined || flags["--format"] !== undefined) {
      return { ok: false, error: "schema: only --out is allowed" };
    }
    return { ok: true, value: withFlags({ command: "schema" }) };
  }
  return { ok: false, error: `unknown command ${command}` };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Most problems printed for an invalid file; the rest are counted. */
export const MAX_PRINTED_PROBLEMS = 100;

/** Writes a message to standard error without control characters (no terminal escapes). */
function say(io: CliIo, text: string): void {
  io.stderr(stripControls(text, "\n"));
}

/**
 * The byte offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1.
 * Overlong forms, surrogates and code points above U+10FFFF are not well-formed.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Decodes well-formed UTF-8 (checked with {@link invalidUtf8Offset} first). */
function decodeUtf8(bytes: Uint8Array): string {
  const parts: string[] = [];
  let units: number[] = [];
  const flush = (): void => {
    parts.push(String.fromCharCode.apply(null, units));
    units = [];
  };
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    let cp: number;
    if (b < 0x80) {
      cp = b;
      i++;
    } else if (b < 0xe0) {
      cp = ((b & 0x1f) << 6) | ((bytes[i + 1] as number) & 0x3f);
      i += 2;
    } else if (b < 0xf0) {
      cp =
        ((b & 0x0f) << 12) |
        (((bytes[i + 1] as number) & 0x3f) << 6) |
        ((bytes[i + 2] as number) & 0x3f);
      i += 3;
    } else {
      cp =
        ((b & 0x07) << 18) |
        (((bytes[i + 1] as number) & 0x3f) << 12) |
        (((bytes[i + 2] as number) & 0x3f) << 6) |
        ((bytes[i + 3] as number) & 0x3f);
      i += 4;
    }
    if (cp > 0xffff) {
      cp -= 0x10000;
      units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else units.push(cp);
    if (units.length >= 8192) flush();
  }
  flush();
  return parts.join("");
}

/** A temporary file beside `path`: same directory, hidden, unlikely to exist. */
function tempPathFor(path: string): string {
  const cut = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1;
  const random = Math.random().toString(36).slice(2, 10);
  return `${path.slice(0, cut)}.${path.slice(cut)}.${random}.tmp`;
}

async function write(
  io: CliIo,
  out: string | undefined,
  text: string,
  what: string,
  force: boolean,
): Promise<number> {
  if (out === undefined) {
    io.stdout(text);
    say(io, `samenwerken: wrote ${what} to standard output\n`);
    return EXIT_OK;
  }
  // Write beside the target, then rename: the target is replaced whole or not at all.
  const temp = tempPathFor(out);
  let existed: boolean;
  try {
    existed = await io.exists(out);
    await io.writeFile(temp, text);
    await io.rename(temp, out);
  } catch (e) {
    try {
      await io.remove(temp);
    } catch {
      // The temporary file may never have been made.
    }
    say(io, `samenwerken: cannot write ${out}: ${message(e)}\n`);
    return EXIT_INPUT;
  }
  const replaced =
    existed && !force ? ` (replaced the existing ${out}; --force to do so silently)` : "";
  say(io, `samenwerken: wrote ${what} to ${out}${replaced}\n`);
  return EXIT_OK;
}

/**
 * Runs the `samenwerken` command line: `report <file.json> [--lang nl|en] [--format
 * html|markdown] [--out path]`, `schema [--out path]`, `--help`, `--version`.
 *
 * @param argv - The arguments after the program name (`process.argv.slice(2)`).
 * @param io - Standard output and error, file reading and writing, and the version.
 * @returns The exit code: {@link EXIT_OK}, {@link EXIT_INPUT} (unreadable, malformed or invalid
 *   input: every problem is printed with its path, and nothing is written) or
 *   {@link EXIT_USAGE} (bad command line). It never rejects for bad input.
 *
 * @remarks
 * The file is read whole (bytes that are not UTF-8 are refused with their offset), validated
 * with `safeParseSamenwerkingJson`, and only when it is valid is the report built; it is
 * written to a temporary file beside `--out` and renamed into place, so a broken file or a
 * failed write never leaves a half report behind. `--out` may not be the input; replacing an
 * existing file is said on standard error unless `--force` is given. At most 100 problems are
 * printed, then a count; control characters never reach the terminal. What was written where is said on standard error, so standard output carries
 * only the report (or the schema).
 *
 * @example
 * ```ts
 * const code = await runCli(["report", "network.json", "--out", "report.html"], {
 *   stdout: (t) => process.stdout.write(t),
 *   stderr: (t) => process.stderr.write(t),
 *   readFile: (p) => readFile(p, "utf8"),
 *   writeFile: (p, t) => writeFile(p, t),
 *   version: "1.0.0",
 * });
 * code //=> 0 (stderr: "samenwerken: wrote the html report (nl) to report.html")
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    say(io, `samenwerken: ${parsed.error}\n\n${usage()}`);
    return EXIT_USAGE;
  }
  const a = parsed.value;
  if (a.command === "help") {
    io.stdout(usage());
    return EXIT_OK;
  }
  if (a.command === "version") {
    io.stdout(`${io.version}\n`);
    return EXIT_OK;
  }
  if (a.command === "schema") {
    return write(
      io,
      a.out,
      `${JSON.stringify(samenwerkingJsonSchema(), null, 2)}\n`,
      "the JSON Schema",
      a.force === true,
    );
  }

  const lang = a.lang ?? LANGS[0];
  if (!isLang(lang)) {
    say(io, `samenwerken: --lang must be ${langList(false)}, got ${lang}\n`);
    return EXIT_USAGE;
  }
  const format =
    a.format ?? (a.out !== undefined && /\.(md|markdown)$/i.test(a.out) ? "markdown" : "html");
  if (format !== "html" && format !== "markdown") {
    say(io, `samenwerken: --format must be html or markdown, got ${format}\n`);
    return EXIT_USAGE;
  }
  const file = a.file as string;
  if (a.out !== undefined) {
    let same: boolean;
    try {
      same = a.out === file || (await io.sameFile(file, a.out));
    } catch {
      same = false;
    }
    if (same) {
      say(io, `samenwerken: --out ${a.out} is the input file; choose another file to write\n`);
      return EXIT_USAGE;
    }
  }
  let text: string;
  try {
    const content = await io.readFile(file);
    if (typeof content === "string") text = content;
    else {
      const at = invalidUtf8Offset(content);
      if (at !== -1) {
        say(io, `samenwerken: ${file} is not valid UTF-8 (at byte ${at}); save it as UTF-8\n`);
        return EXIT_INPUT;
      }
      text = decodeUtf8(content);
    }
  } catch (e) {
    say(io, `samenwerken: cannot read ${file}: ${message(e)}\n`);
    return EXIT_INPUT;
  }
  const result = safeParseSamenwerkingJson(text);
  if (!result.success) {
    const issues = result.error.issues;
    const lines: string[] = [];
    for (const i of issues.slice(0, MAX_PRINTED_PROBLEMS)) {
      lines.push(`  ${i.path === "" ? "(document)" : i.path}: ${i.message} [${i.code}]`);
    }
    const rest = issues.length - lines.length;
    if (rest > 0) lines.push(`  … and ${rest} more ${rest === 1 ? "problem" : "problems"}`);
    say(
      io,
      `samenwerken: ${file} is not a valid collaboration (${issues.length} ${issues.length === 1 ? "problem" : "problems"}); nothing was written:\n${lines.join("\n")}\n`,
    );
    return EXIT_INPUT;
  }
  let output: string;
  try {
    output = report(result.data, { lang: lang as Lang, format });
  } catch (e) {
    say(io, `samenwerken: cannot write the report: ${message(e)}\n`);
    return EXIT_INPUT;
  }
  return write(io, a.out, output, `the ${format} report (${lang})`, a.force === true);
}
