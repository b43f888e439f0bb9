// Dutch messages of validation and of the command line: one table, as zod keeps one locale
// per language. Every issue's message is its rule, then a detail after a colon.

import type { MessagesPart } from "../types";

const TYPES: Readonly<Record<string, string>> = {
  string: "tekst",
  number: "een getal",
  int: "een geheel getal",
  boolean: "true of false",
  array: "een lijst",
  object: "een object",
  null: "null",
  undefined: "niets",
  NaN: "NaN",
};
const type = (t: string): string => TYPES[t] ?? t;
const UNITS = {
  characters: [" teken", " tekens"],
  items: [" element", " elementen"],
  "": ["", ""],
} as const;
const unit = (n: string, u: keyof typeof UNITS): string => UNITS[u][n === "1" ? 0 : 1];
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const WHAT = { partner: "partner", belang: "belang", target: "voorstel of standpunt" } as const;

/** The Dutch messages. */
export const messages: MessagesPart = {
  issues: {
    invalid_type: "heeft het verkeerde type",
    missing: "is verplicht",
    unknown_key: "is geen gekend veld",
    forbidden_key: "is een verboden sleutel (hij kan prototypes vervuilen)",
    too_small: "is te klein",
    too_big: "is te groot",
    not_integer: "moet een geheel getal zijn",
    not_finite: "moet een eindig getal zijn",
    invalid_value: "is geen van de toegelaten waarden",
    blank: "mag niet leeg zijn",
    untrimmed: "mag niet met witruimte beginnen of eindigen",
    duplicate_value: "bevat dezelfde waarde meer dan eens",
    duplicate_id: "id wordt meer dan eens gebruikt",
    unknown_reference: "verwijst naar een id dat niet bestaat",
    invalid_history: "klopt niet met de geschiedenis van de ambitie",
    invalid_date: "is geen ISO 8601-datum of -tijdstip",
    too_deep: "is te diep genest",
    cycle: "verwijst naar zichzelf terug",
    invalid_json: "is geen geldige JSON",
  },
  details: {
    expectedType: (expected, got) => `verwacht ${type(expected)}, maar het is ${type(got)}`,
    got: (value) => `het is ${value}`,
    minimum: (n, u) => `minstens ${n}${unit(n, u)}`,
    maximum: (n, u) => `hoogstens ${n}${unit(n, u)}`,
    oneOf: (values) => `verwacht een van ${values}`,
    alsoAt: (id, path) => `"${id}" is ook ${path}`,
    noSuch: (what, id) => `er is geen ${WHAT[what]} met id "${id}"`,
    unreadable: (why) => `kan niet gelezen worden (${why})`,
    json: (found, line, column) =>
      `${found === null ? "de tekst houdt te vroeg op" : `onverwacht ${JSON.stringify(found)}`} op regel ${line}, kolom ${column}`,
    depth: (max) => `meer dan ${max} niveaus`,
    revisionCount: (revision, length) =>
      `de revisie is ${revision} maar de geschiedenis telt ${plural(length, "revisie", "revisies")}`,
    expectedRevision: (revision) => `verwacht revisie ${revision}`,
    firstRevision: () => "revisie 1 heeft geen patches",
    endorsesTwice: (id) => `"${id}" onderschrijft meer dan eens`,
    noRevision: (revision, latest) => `revisie ${revision} bestaat niet (de laatste is ${latest})`,
    unapplicable: (why) => `kunnen niet toegepast worden (${why})`,
    invalidRebuild: (revision) => `maken een ongeldige revisie ${revision}`,
    patchesMismatch: (from, to) => `leiden niet van revisie ${from} naar revisie ${to}`,
    maxPatches: (max) => `een revisie heeft hoogstens ${max} patches`,
    datedBefore: (revision, earlier, at) =>
      `revisie ${revision} is gedateerd vóór revisie ${earlier} (${at})`,
    other: (message) => message,
  },
  laterChecks: "meer controles volgen zodra dit verbeterd is",
  root: "(document)",
  invalid: (count) => `Ongeldige samenwerking (${plural(count, "probleem", "problemen")}):`,
  more: (count) => `… en nog ${plural(count, "probleem", "problemen")}`,
};
