import { stripControls } from "../internal/text";
import { CLI, isLang, LANGS, type Lang, REPORT } from "../lang";
import type { CliWords, StarterWords } from "../lang/types";
import { formatIssues } from "../model/errors";
import {
  parseSamenwerking,
  type Samenwerking,
  safeParseSamenwerkingJson,
  samenwerkingJsonSchema,
} from "../model/samenwerking";
import { report } from "../report/index";
import { classifyStatement, shownSpans } from "../statements/classify";
import { cueFamilyLabel, cueFamilyLabels } from "../statements/families";

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
  /**
   * Reads standard input whole (for `-`); rejects when it cannot. Without it, `-` is refused
   * as unreadable.
   */
  readonly readStdin?: () => Promise<Uint8Array | string> | Uint8Array | string;
  /** The package version, printed by `--version`. */
  readonly version: string;
}

/** Exit code of a run that did its job. */
export const EXIT_OK = 0;
/** Exit code when the input is bad (unreadable, malformed or invalid) or writing fails. */
export const EXIT_INPUT = 1;
/** Exit code when the command line itself is wrong (unknown command or flag, missing value). */
export const EXIT_USAGE = 2;

/** The commands of the command line. */
export const COMMANDS = ["init", "classify", "report", "schema"] as const;
type Command = (typeof COMMANDS)[number];

/** The words of the command line in a language. */
function cliWords(lang: Lang): CliWords {
  return CLI[lang];
}

/**
 * The help text of the command line, or of one command.
 *
 * @param lang - The language (`"nl"` by default, as the report's).
 * @param command - A command, for its help with examples; none for the general help.
 * @returns The help, ending in a newline.
 * @example
 * ```ts
 * usage("en").split("\n")[3] //=> "  samenwerken init <file.json> [--lang nl|en] [--force]"
 * ```
 */
export function usage(lang: Lang = LANGS[0], command?: Command): string {
  const w = cliWords(lang);
  return command === undefined ? w.usage : w.help[command];
}

/** A parsed command line: the command, its arguments and flags. */
export interface Parsed {
  readonly command: Command | "help" | "version";
  /** For `help`: the command whose help is asked. */
  readonly helpFor?: Command;
  /** The file of `init` and `report` (`-` for standard input). */
  readonly file?: string;
  /** The statements of `classify` given as arguments (`["-"]` for standard input). */
  readonly statements?: readonly string[];
  readonly lang?: string;
  readonly format?: string;
  readonly out?: string;
  /** `--file` of `classify`. */
  readonly from?: string;
  /** `--json` of `classify`. */
  readonly json?: boolean;
  /** `--force`: replace an existing file silently. */
  readonly force?: boolean;
}

type ParseResult =
  | { readonly ok: true; readonly value: Parsed }
  | { readonly ok: false; readonly error: string; readonly command?: Command };

const VALUE_FLAGS: readonly string[] = ["--lang", "--format", "--out", "--file"];
/** Which command takes which flag (besides --lang, --help and --version, which all take). */
const FLAGS_OF: { readonly [C in Command]: readonly string[] } = {
  init: ["--force"],
  classify: ["--file", "--json"],
  report: ["--format", "--out", "--force"],
  schema: ["--out", "--force"],
};

const isCommand = (value: string | undefined): value is Command =>
  (COMMANDS as readonly (string | undefined)[]).includes(value);

/**
 * The language the command line speaks in: the value of `--lang` when it is a built-in
 * language, else the default (`nl`, as the report's).
 */
export function cliLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") break;
    const value = arg.startsWith("--lang=") ? arg.slice(7) : arg === "--lang" ? argv[i + 1] : null;
    if (value !== null && isLang(value)) return value;
  }
  return LANGS[0];
}

/**
 * Parses the arguments after the program name. Flags take their value as the next argument or
 * after `=`; `--` ends the flags.
 *
 * @param argv - The arguments after the program name.
 * @param lang - The language of the error messages (`nl` by default).
 * @returns The command with its arguments and flags, or the first problem with the command
 *   line. Values of `--lang` and `--format` are checked by {@link runCli}, not here.
 * @example
 * ```ts
 * parseArgs(["report", "a.json", "--lang=en"]) //=> { ok: true, value: { command: "report", file: "a.json", lang: "en" } }
 * parseArgs(["report"], "en") //=> { ok: false, error: "report: missing the file", command: "report" }
 * ```
 */
export function parseArgs(argv: readonly string[], lang: Lang = LANGS[0]): ParseResult {
  const w = cliWords(lang);
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  const seen: string[] = [];
  let help = false;
  let version = false;
  let force = false;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      for (let j = i + 1; j < argv.length; j++) positional.push(argv[j] as string);
      break;
    }
    if (arg === "--help" || arg === "-h") help = true;
    else if (arg === "--force") {
      force = true;
      seen.push(arg);
    } else if (arg === "--json") {
      json = true;
      seen.push(arg);
    } else if (arg === "--version" || arg === "-v") version = true;
    else if (arg.startsWith("-") && arg !== "-") {
      const eq = arg.indexOf("=");
      const name = eq === -1 ? arg : arg.slice(0, eq);
      if (!VALUE_FLAGS.includes(name)) return { ok: false, error: w.unknownOption(name) };
      let value: string | undefined;
      if (eq !== -1) value = arg.slice(eq + 1);
      else {
        value = argv[i + 1];
        i++;
      }
      if (value === undefined || value === "" || (eq === -1 && value.startsWith("--"))) {
        return { ok: false, error: w.needsValue(name) };
      }
      if (Object.hasOwn(flags, name)) return { ok: false, error: w.givenTwice(name) };
      flags[name] = value;
      if (name !== "--lang") seen.push(name);
    } else positional.push(arg);
  }
  const [command, ...rest] = positional;
  if (help) {
    return {
      ok: true,
      value: isCommand(command) ? { command: "help", helpFor: command } : { command: "help" },
    };
  }
  if (version) return { ok: true, value: { command: "version" } };
  if (command === undefined) return { ok: false, error: w.missingCommand };
  if (!isCommand(command)) return { ok: false, error: w.unknownCommand(command) };
  const wrong = seen.find((f) => !FLAGS_OF[command].includes(f));
  if (wrong !== undefined) return { ok: false, error: w.notAllowed(command, wrong), command };
  const base: Parsed = {
    command,
    ...(flags["--lang"] === undefined ? {} : { lang: flags["--lang"] }),
    ...(flags["--format"] === undefined ? {} : { format: flags["--format"] }),
    ...(flags["--out"] === undefined ? {} : { out: flags["--out"] }),
    ...(flags["--file"] === undefined ? {} : { from: flags["--file"] }),
    ...(json ? { json: true } : {}),
    ...(force ? { force: true } : {}),
  };
  if (command === "classify") {
    if (rest.length === 0 && base.from === undefined)
      return { ok: false, error: w.noStatements, command };
    if (rest.length > 0 && base.from !== undefined)
      return { ok: false, error: w.unexpectedArgument(command, rest[0] as string), command };
    return { ok: true, value: rest.length === 0 ? base : { ...base, statements: rest } };
  }
  if (command === "schema") {
    if (rest.length > 0)
      return { ok: false, error: w.unexpectedArgument(command, rest[0] as string), command };
    return { ok: true, value: base };
  }
  if (rest.length === 0) return { ok: false, error: w.missingFile(command), command };
  if (rest.length > 1)
    return { ok: false, error: w.unexpectedArgument(command, rest[1] as string), command };
  return { ok: true, value: { ...base, file: rest[0] as string } };
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
  w: CliWords,
  out: string | undefined,
  text: string,
  what: string,
  force: boolean,
): Promise<number> {
  if (out === undefined) {
    io.stdout(text);
    say(io, `samenwerken: ${w.wroteStdout(what)}\n`);
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
    say(io, `samenwerken: ${w.cannotWrite(out, message(e))}\n`);
    return EXIT_INPUT;
  }
  const replaced = existed && !force ? w.replaced(out) : "";
  say(io, `samenwerken: ${w.wrote(what, out)}${replaced}\n`);
  return EXIT_OK;
}

/** Reads a file (or standard input for `-`) as checked UTF-8 text, or says why it cannot. */
async function readText(
  io: CliIo,
  w: CliWords,
  file: string,
): Promise<{ readonly text: string } | { readonly code: number }> {
  const name = file === "-" ? w.standardInput : file;
  try {
    let content: Uint8Array | string;
    if (file === "-") {
      if (io.readStdin === undefined) throw new Error("no standard input");
      content = await io.readStdin();
    } else content = await io.readFile(file);
    if (typeof content === "string") return { text: content };
    const at = invalidUtf8Offset(content);
    if (at !== -1) {
      say(io, `samenwerken: ${w.notUtf8(name, at)}\n`);
      return { code: EXIT_INPUT };
    }
    return { text: decodeUtf8(content) };
  } catch (e) {
    say(io, `samenwerken: ${w.cannotRead(name, message(e))}\n`);
    return { code: EXIT_INPUT };
  }
}

/** The starter document of `samenwerken init`: two partners, a belang each, one standpunt. */
export function starterDocument(words: StarterWords): Samenwerking {
  const [first, second] = words.partners;
  return parseSamenwerking({
    name: words.name,
    partners: [
      {
        id: "partner-1",
        name: first.name,
        organisation: first.organisation,
        brillen: ["zingevend", "relationeel"],
      },
      {
        id: "partner-2",
        name: second.name,
        organisation: second.organisation,
        brillen: ["relationeel"],
      },
    ],
    belangen: [
      { id: "belang-1", partnerId: "partner-1", niveau: "netwerk", text: words.belangen[0] },
      { id: "belang-2", partnerId: "partner-2", niveau: "organisatie", text: words.belangen[1] },
    ],
    standpunten: [
      { id: "standpunt-1", partnerId: "partner-2", text: words.standpunt, belangIds: ["belang-1"] },
    ],
  });
}

/** `classify`: one line (or one JSON object) per statement. */
function classifyLines(statements: readonly string[], lang: Lang, json: boolean): string {
  const w = cliWords(lang);
  const kinds = REPORT[lang].kind;
  const out: string[] = [];
  for (const text of statements) {
    const c = classifyStatement(text);
    const cues = c.cues.map((q) => ({
      text: q.text,
      family: q.family,
      label: cueFamilyLabel(q.family, { lang }),
      kind: q.kind,
      weight: q.weight,
      start: q.start,
      end: q.end,
    }));
    if (json) {
      out.push(
        JSON.stringify({
          text,
          lang: c.lang,
          kind: c.kind,
          confidence: c.confidence,
          cues,
          segments: c.segments.map((g) => ({ kind: g.kind, text: g.text })),
        }),
      );
      continue;
    }
    const pct = `${Math.round(c.confidence * 100)}%`;
    out.push(`${kinds[c.kind].padEnd(10)} ${pct.padStart(4)}  ${stripControls(text)}`);
    const shown = shownSpans(c.cues);
    const list =
      shown.length === 0
        ? w.noCues
        : `${w.cues}: ${shown.map((q) => `“${stripControls(q.text)}” (${cueFamilyLabels(q.families, { lang })} → ${kinds[q.kind]})`).join(", ")}`;
    out.push(`${" ".repeat(17)}${list}`);
  }
  return `${out.join("\n")}\n`;
}

/**
 * Runs the `samenwerken` command line: `init <file>`, `classify <statement>... | --file <file> |
 * -`, `report <file | -> [--format html|markdown] [--out path]`, `schema [--out path]`, each
 * with `--lang nl|en` and `--help`; `--version`.
 *
 * @param argv - The arguments after the program name (`process.argv.slice(2)`).
 * @param io - Standard output and error, standard input, file reading and writing, and the
 *   version.
 * @returns The exit code: {@link EXIT_OK}, {@link EXIT_INPUT} (unreadable, malformed or invalid
 *   input: every problem is printed with its path, and nothing is written) or
 *   {@link EXIT_USAGE} (bad command line). It never rejects for bad input.
 *
 * @remarks
 * Messages are in the language of `--lang` (Dutch by default, as the report). A file is read
 * whole (bytes that are not UTF-8 are refused with their offset; a byte-order mark is fine),
 * validated with `safeParseSamenwerkingJson` (a syntax error is shown with its line, column and
 * a caret), and only when it is valid is the report built; it is written to a temporary file
 * beside `--out` and renamed into place, so a broken file or a failed write never leaves a half
 * report behind. `--out` may not be the input; replacing an existing file is said on standard
 * error unless `--force` is given. At most 100 problems are printed, then a count; control
 * characters never reach the terminal. What was written where is said on standard error, so
 * standard output carries only the report, the schema or the classifications.
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
 * code //=> 0 (stderr: "samenwerken: het html-rapport (nl) geschreven naar report.html")
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const speak = cliLang(argv);
  const w = cliWords(speak);
  const parsed = parseArgs(argv, speak);
  if (!parsed.ok) {
    say(io, `samenwerken: ${parsed.error}\n\n${usage(speak, parsed.command)}`);
    return EXIT_USAGE;
  }
  const a = parsed.value;
  if (a.command === "help") {
    io.stdout(usage(speak, a.helpFor));
    return EXIT_OK;
  }
  if (a.command === "version") {
    io.stdout(`${io.version}\n`);
    return EXIT_OK;
  }
  const lang = a.lang ?? LANGS[0];
  if (!isLang(lang)) {
    say(io, `samenwerken: ${w.badLang(LANGS, lang)}\n`);
    return EXIT_USAGE;
  }
  const force = a.force === true;
  if (a.command === "schema") {
    return write(
      io,
      w,
      a.out,
      `${JSON.stringify(samenwerkingJsonSchema(), null, 2)}\n`,
      w.schema,
      force,
    );
  }
  if (a.command === "init") {
    const file = a.file as string;
    let exists: boolean;
    try {
      exists = await io.exists(file);
    } catch {
      exists = false;
    }
    if (exists && !force) {
      say(io, `samenwerken: ${w.exists(file)}\n`);
      return EXIT_INPUT;
    }
    const doc = starterDocument(CLI[lang].starter);
    return write(io, w, file, `${JSON.stringify(doc, null, 2)}\n`, w.starterDocument, true);
  }
  if (a.command === "classify") {
    let statements = a.statements ?? [];
    const source = a.from ?? (statements.length === 1 && statements[0] === "-" ? "-" : undefined);
    if (source !== undefined) {
      const read = await readText(io, w, source);
      if ("code" in read) return read.code;
      statements = read.text
        .replace(/^\uFEFF/, "")
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== "");
    }
    if (statements.length === 0) {
      say(io, `samenwerken: ${w.noStatements}\n`);
      return EXIT_INPUT;
    }
    io.stdout(classifyLines(statements, lang, a.json === true));
    return EXIT_OK;
  }

  const format =
    a.format ?? (a.out !== undefined && /\.(md|markdown)$/i.test(a.out) ? "markdown" : "html");
  if (format !== "html" && format !== "markdown") {
    say(io, `samenwerken: ${w.badFormat(format)}\n`);
    return EXIT_USAGE;
  }
  const file = a.file as string;
  const name = file === "-" ? w.standardInput : file;
  if (a.out !== undefined && file !== "-") {
    let same: boolean;
    try {
      same = a.out === file || (await io.sameFile(file, a.out));
    } catch {
      same = false;
    }
    if (same) {
      say(io, `samenwerken: ${w.outIsInput(a.out)}\n`);
      return EXIT_USAGE;
    }
  }
  const read = await readText(io, w, file);
  if ("code" in read) return read.code;
  const result = safeParseSamenwerkingJson(read.text, { lang });
  if (!result.success) {
    const issues = result.error.issues;
    const lines = formatIssues(issues, {
      lang,
      header: false,
      codes: true,
      indent: "  ",
      limit: MAX_PRINTED_PROBLEMS,
      source: read.text,
    });
    say(io, `samenwerken: ${w.invalid(name, issues.length)}\n${lines}\n`);
    return EXIT_INPUT;
  }
  let output: string;
  try {
    output = report(result.data, { lang, format });
  } catch (e) {
    say(io, `samenwerken: ${w.cannotReport(message(e))}\n`);
    return EXIT_INPUT;
  }
  return write(io, w, a.out, output, w.report(format, lang), force);
}
