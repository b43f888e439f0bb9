// Dutch words of the command line: its help, its messages and the starter document.

import type { CliWords } from "../types";

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const USAGE = `samenwerken: de hulpmiddelen voor de facilitator uit de bibliotheek samenwerken.

Gebruik:
  samenwerken init <bestand.json> [--lang nl|en] [--force]
  samenwerken classify <uitspraak>... | --file <bestand.txt> | - [--lang nl|en] [--json]
  samenwerken report <bestand.json | -> [--lang nl|en] [--format html|markdown] [--out <pad>] [--force]
  samenwerken schema [--out <pad>] [--force]
  samenwerken <opdracht> --help     hulp en voorbeelden bij één opdracht
  samenwerken --version

Opdrachten:
  init      Schrijf een kleine, geldige samenwerking om van te vertrekken en aan te vullen.
  classify  Lees uitspraken en zeg van elk: standpunt of belang, hoe zeker, en waarom.
  report    Controleer een samenwerking (JSON) en schrijf het rapport voor de facilitator.
  schema    Toon het JSON Schema van een samenwerking, voor editors.

--lang kiest de taal van de meldingen en van wat geschreven wordt: nl (standaard) of en.

Afsluitcodes: 0 klaar, 1 foute invoer (de problemen staan op de standaardfout, de eerste 100
en het aantal andere; er wordt niets geschreven), 2 foute opdrachtregel.
`;

/** The Dutch words of the command line. */
export const cli: CliWords = {
  usage: USAGE,
  help: {
    init: `samenwerken init <bestand.json> [--lang nl|en] [--force]

Schrijft een kleine, geldige samenwerking naar <bestand.json>: twee partners, van elk een
belang en één standpunt, in het Nederlands (--lang nl, de standaard) of het Engels (--lang en).
Vul ze aan en schrijf dan het rapport. Een bestaand bestand blijft staan, tenzij met --force.

Voorbeelden:
  samenwerken init netwerk.json
  samenwerken init netwerk.json --lang en
  samenwerken report netwerk.json --out rapport.html
`,
    classify: `samenwerken classify <uitspraak>... | --file <bestand.txt> | - [--lang nl|en] [--json]

Leest uitspraken en toont van elk of het een standpunt is (één concreet middel) of een belang
(een nood die op meer manieren vervuld kan worden), hoe zeker, en de woorden (signaalwoorden)
die de doorslag gaven. De uitspraken komen uit de argumenten, uit een bestand (--file, één per
regel) of van de standaardinvoer (-, één per regel); lege regels tellen niet. De taal van elke
uitspraak wordt herkend; --lang kiest de taal van de uitvoer. --json toont één JSON-object per
regel: text, kind, confidence, lang en cues (met hun familie, label en plaats).

Voorbeelden:
  samenwerken classify "De gemeente moet een tweede coördinator betalen."
  samenwerken classify --file uitspraken.txt
  cat uitspraken.txt | samenwerken classify - --json
`,
    report: `samenwerken report <bestand.json | -> [--lang nl|en] [--format html|markdown] [--out <pad>] [--force]

Controleert een samenwerking (JSON, UTF-8, een byte-order mark mag) en schrijft het rapport
voor de facilitator: één HTML-pagina met grafieken, of Markdown. - leest het document van de
standaardinvoer. Van een ongeldig bestand staan alle problemen samen in de taal van --lang, en
er wordt niets geschreven.
  --lang    taal van het rapport en de meldingen: nl (standaard) of en
  --format  html (standaard; markdown als --out op .md eindigt) of markdown
  --out     het bestand om te schrijven (niet de invoer); anders de standaarduitvoer. Het
            bestand wordt heel of niet geschreven: eerst naar een tijdelijk bestand ernaast,
            dan hernoemd.
  --force   vervang een bestaand --out-bestand zonder het te melden

Voorbeelden:
  samenwerken report netwerk.json --out rapport.html
  samenwerken report netwerk.json --lang en --format markdown > report.md
  cat netwerk.json | samenwerken report - --out rapport.html
`,
    schema: `samenwerken schema [--out <pad>] [--force]

Toont het JSON Schema (draft 2020-12) van een samenwerking, voor editors die JSON controleren
en aanvullen terwijl je typt. Ids en verwijzingen controleert alleen samenwerken report.
--lang kiest de taal van de meldingen: nl (standaard) of en.

Voorbeelden:
  samenwerken schema --out samenwerking.schema.json
`,
  },
  unknownOption: (name) => `onbekende optie ${name}`,
  needsValue: (name) => `optie ${name} heeft een waarde nodig`,
  givenTwice: (name) => `optie ${name} staat er twee keer`,
  missingCommand: "de opdracht ontbreekt (init, classify, report of schema)",
  unknownCommand: (name) => `onbekende opdracht ${name}`,
  missingFile: (command) => `${command}: het bestand ontbreekt`,
  unexpectedArgument: (command, arg) => `${command}: onverwacht argument ${arg}`,
  notAllowed: (command, option) => `${command}: optie ${option} kan hier niet`,
  badLang: (codes, got) => `--lang moet ${codes.join(" of ")} zijn, niet ${got}`,
  badFormat: (got) => `--format moet html of markdown zijn, niet ${got}`,
  outIsInput: (out) => `--out ${out} is het invoerbestand; kies een ander bestand om te schrijven`,
  notUtf8: (file, at) => `${file} is geen geldige UTF-8 (bij byte ${at}); bewaar het als UTF-8`,
  cannotRead: (file, why) => `kan ${file} niet lezen: ${why}`,
  invalid: (file, count) =>
    `${file} is geen geldige samenwerking (${plural(count, "probleem", "problemen")}); er is niets geschreven:`,
  cannotReport: (why) => `kan het rapport niet schrijven: ${why}`,
  cannotWrite: (file, why) => `kan ${file} niet schrijven: ${why}`,
  wroteStdout: (what) => `${what} geschreven naar de standaarduitvoer`,
  wrote: (what, file) => `${what} geschreven naar ${file}`,
  replaced: (file) => ` (het bestaande ${file} is vervangen; --force om dat stil te doen)`,
  exists: (file) => `${file} bestaat al; kies een ander bestand, of --force om het te vervangen`,
  schema: "het JSON Schema",
  report: (format, lang) => `het ${format}-rapport (${lang})`,
  starterDocument: "een samenwerking om mee te beginnen (vul ze aan, dan: samenwerken report)",
  noStatements:
    "classify: geen uitspraken (geef ze als argumenten, met --file, of - voor de standaardinvoer)",
  statementsClassified: (count) => `${plural(count, "uitspraak", "uitspraken")} gelezen`,
  cues: "signaalwoorden",
  noCues: "geen signaalwoorden",
  standardInput: "de standaardinvoer",

  starter: {
    name: "Ons netwerk",
    partners: [
      { name: "An Peeters", organisation: "Sociaal Huis" },
      { name: "Ben Claes", organisation: "Thuiszorgdienst" },
    ],
    belangen: [
      "Onze cliënten moeten ook 's nachts snel hulp kunnen vinden.",
      "Onze verzorgenden voelen zich niet gehoord door de artsen.",
    ],
    standpunt: "We willen één telefoonnummer voor alle mantelzorgers.",
  },
};
