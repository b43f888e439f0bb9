// English words of the command line: its help, its messages and the starter document.

import type { CliWords } from "../types";

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const USAGE = `samenwerken: the facilitator's tools of the samenwerken library.

Usage:
  samenwerken init <file.json> [--lang nl|en] [--force]
  samenwerken classify <statement>... | --file <file.txt> | - [--lang nl|en] [--json]
  samenwerken report <file.json | -> [--lang nl|en] [--format html|markdown] [--out <path>] [--force]
  samenwerken schema [--out <path>] [--force]
  samenwerken <command> --help     help and examples for one command
  samenwerken --version

Commands:
  init      Write a small, valid collaboration to start from and edit.
  classify  Read statements and say for each: standpunt or belang, how sure, and why.
  report    Validate a collaboration (JSON) and write the facilitator's report.
  schema    Print the JSON Schema of a collaboration document, for editors.

--lang sets the language of the messages and of what is written: nl (default) or en.

Exit codes: 0 done, 1 bad input (the problems are listed on standard error, the first 100 and
a count of the rest; nothing is written), 2 bad command line.
`;

/** The English words of the command line. */
export const cli: CliWords = {
  usage: USAGE,
  help: {
    init: `samenwerken init <file.json> [--lang nl|en] [--force]

Writes a small, valid collaboration to <file.json>: two partners, a belang of each and one
standpunt, in Dutch (--lang nl, the default) or English (--lang en). Edit it, then write its
report. An existing file is kept unless --force is given.

Examples:
  samenwerken init network.json
  samenwerken init network.json --lang en
  samenwerken report network.json --out report.html
`,
    classify: `samenwerken classify <statement>... | --file <file.txt> | - [--lang nl|en] [--json]

Reads statements and prints for each whether it is a standpunt (a position: one concrete
means) or a belang (an interest: a need that can be met in several ways), how sure, and the
words (cues) that decided. Statements come from the arguments, from a file (--file, one per
line) or from standard input (-, one per line); empty lines are skipped. Each statement's
language is detected; --lang sets the language of the output. --json prints one JSON object
per line: text, kind, confidence, lang and cues (with their family, label and offsets).

Examples:
  samenwerken classify "We want a second coordinator paid by the city."
  samenwerken classify --file statements.txt --lang en
  cat statements.txt | samenwerken classify - --json
`,
    report: `samenwerken report <file.json | -> [--lang nl|en] [--format html|markdown] [--out <path>] [--force]

Validates a collaboration (JSON, UTF-8, a byte-order mark is fine) and writes the
facilitator's report: one self-contained HTML page with charts, or Markdown. - reads the
document from standard input. Every problem of an invalid file is listed at once, in the
language of --lang, and nothing is written.
  --lang    language of the report and the messages: nl (default) or en
  --format  html (default; markdown when --out ends in .md) or markdown
  --out     file to write (not the input); standard output when left out. The file is
            written whole or not at all: first to a temporary file beside it, then renamed.
  --force   replace an existing --out file without saying so

Examples:
  samenwerken report network.json --out report.html
  samenwerken report network.json --lang en --format markdown > report.md
  cat network.json | samenwerken report - --out report.html
`,
    schema: `samenwerken schema [--out <path>] [--force]

Prints the JSON Schema (draft 2020-12) of a collaboration document, for editors that check
and complete JSON as you type. Ids and references are checked by samenwerken report only.
--lang sets the language of the messages: nl (default) or en.

Examples:
  samenwerken schema --out samenwerking.schema.json
`,
  },
  unknownOption: (name) => `unknown option ${name}`,
  needsValue: (name) => `option ${name} needs a value`,
  givenTwice: (name) => `option ${name} is given twice`,
  missingCommand: "missing command (init, classify, report or schema)",
  unknownCommand: (name) => `unknown command ${name}`,
  missingFile: (command) => `${command}: missing the file`,
  unexpectedArgument: (command, arg) => `${command}: unexpected argument ${arg}`,
  notAllowed: (command, option) => `${command}: option ${option} is not allowed here`,
  badLang: (codes, got) => `--lang must be ${codes.join(" or ")}, got ${got}`,
  badFormat: (got) => `--format must be html or markdown, got ${got}`,
  outIsInput: (out) => `--out ${out} is the input file; choose another file to write`,
  notUtf8: (file, at) => `${file} is not valid UTF-8 (at byte ${at}); save it as UTF-8`,
  cannotRead: (file, why) => `cannot read ${file}: ${why}`,
  invalid: (file, count) =>
    `${file} is not a valid collaboration (${plural(count, "problem", "problems")}); nothing was written:`,
  cannotReport: (why) => `cannot write the report: ${why}`,
  cannotWrite: (file, why) => `cannot write ${file}: ${why}`,
  wroteStdout: (what) => `wrote ${what} to standard output`,
  wrote: (what, file) => `wrote ${what} to ${file}`,
  replaced: (file) => ` (replaced the existing ${file}; --force to do so silently)`,
  exists: (file) => `${file} exists already; choose another file, or --force to replace it`,
  schema: "the JSON Schema",
  report: (format, lang) => `the ${format} report (${lang})`,
  starterDocument: "a starter collaboration (edit it, then: samenwerken report)",
  noStatements:
    "classify: no statements (give them as arguments, with --file, or - for standard input)",
  statementsClassified: (count) => `classified ${plural(count, "statement", "statements")}`,
  cues: "cues",
  noCues: "no cues",
  standardInput: "standard input",

  starter: {
    name: "Our network",
    partners: [
      { name: "An Peeters", organisation: "Social services" },
      { name: "Ben Claes", organisation: "Home care" },
    ],
    belangen: [
      "Our clients must be able to find help quickly, also at night.",
      "Our carers feel they are not heard by the doctors.",
    ],
    standpunt: "We want one phone number for all carers.",
  },
};
