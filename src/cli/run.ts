import { isLang, LANGS, type Lang, langList } from "../lang";
import { safeParseSamenwerkingJson, samenwerkingJsonSchema } from "../model/samenwerking";
import { report } from "../report/index";

/** What the command line touches outside itself, injectable so that it can be tested. */
export interface CliIo {
  /** Writes to standard output. */
  readonly stdout: (text: string) => void;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
  /** Reads a UTF-8 text file; rejects (or throws) when it cannot. */
  readonly readFile: (path: string) => Promise<string> | string;
  /** Writes a UTF-8 text file; rejects (or throws) when it cannot. */
  readonly writeFile: (path: string, text: string) => Promise<void> | void;
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
    "  samenwerken report <file.json> [--lang nl|en] [--format html|markdown] [--out <path>]",
    "  samenwerken schema [--out <path>]",
    "  samenwerken --help | --version",
    "",
    "Commands:",
    "  report   Validate a collaboration (JSON) and write the facilitator's report.",
    "           --lang    language of the report: nl (default) or en",
    "           --format  html (default; markdown when --out ends in .md) or markdown",
    "           --out     file to write; standard output when left out",
    "  schema   Print the JSON Schema of a collaboration document, for editors.",
    "",
    "Exit codes: 0 done, 1 bad input (every problem is listed on standard error, nothing is",
    "written), 2 bad command line.",
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
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "--help" || arg === "-h") help = true;
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

async function write(
  io: CliIo,
  out: string | undefined,
  text: string,
  what: string,
): Promise<number> {
  if (out === undefined) {
    io.stdout(text);
    io.stderr(`samenwerken: wrote ${what} to standard output\n`);
    return EXIT_OK;
  }
  try {
    await io.writeFile(out, text);
  } catch (e) {
    io.stderr(`samenwerken: cannot write ${out}: ${message(e)}\n`);
    return EXIT_INPUT;
  }
  io.stderr(`samenwerken: wrote ${what} to ${out}\n`);
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
 * The file is read whole, validated with `safeParseSamenwerkingJson`, and only when it is valid
 * is the report built and written in one `writeFile` call, so a broken file never leaves a half
 * report behind. What was written where is said on standard error, so standard output carries
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
    io.stderr(`samenwerken: ${parsed.error}\n\n${usage()}`);
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
    );
  }

  const lang = a.lang ?? LANGS[0];
  if (!isLang(lang)) {
    io.stderr(`samenwerken: --lang must be ${langList(false)}, got ${lang}\n`);
    return EXIT_USAGE;
  }
  const format =
    a.format ?? (a.out !== undefined && /\.(md|markdown)$/i.test(a.out) ? "markdown" : "html");
  if (format !== "html" && format !== "markdown") {
    io.stderr(`samenwerken: --format must be html or markdown, got ${format}\n`);
    return EXIT_USAGE;
  }
  const file = a.file as string;
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (e) {
    io.stderr(`samenwerken: cannot read ${file}: ${message(e)}\n`);
    return EXIT_INPUT;
  }
  const result = safeParseSamenwerkingJson(text);
  if (!result.success) {
    const issues = result.error.issues;
    const lines = issues.map(
      (i) => `  ${i.path === "" ? "(document)" : i.path}: ${i.message} [${i.code}]`,
    );
    io.stderr(
      `samenwerken: ${file} is not a valid collaboration (${issues.length} ${issues.length === 1 ? "problem" : "problems"}); nothing was written:\n${lines.join("\n")}\n`,
    );
    return EXIT_INPUT;
  }
  let output: string;
  try {
    output = report(result.data, { lang: lang as Lang, format });
  } catch (e) {
    io.stderr(`samenwerken: cannot write the report: ${message(e)}\n`);
    return EXIT_INPUT;
  }
  return write(io, a.out, output, `the ${format} report (${lang})`);
}
