// Words that never become a theme when themes are derived from a text. Both languages are
// removed from every text (texts mix Dutch and English). Kept compact: function words, the most
// frequent verbs and adverbs, and a few words that name the collaboration itself (every partner
// uses them, so they would join everybody into one meaningless intersection).
// Stored as space-separated strings and turned into a Set on first use only: no work at module
// scope (the package promises `sideEffects: false`).

const NL =
  "aan al alle alleen als alsof altijd andere anders ben beter bij bijvoorbeeld binnen boven " +
  "daar daarom daarvoor dan dat de deze die dit doe doen door dus echt een eens eigen elk elke " +
  "elkaar en enkel er erg even ga gaan gaat ge geen gij goed graag had hadden heb hebben hebt " +
  "heeft heel hem hen het hier hij hoe hun iedereen iemand iets ik in is ja je jij jou jullie " +
  "kan kunnen kunt laat laten maar maken meer men met mij mijn minder moet moeten mogen na naar " +
  "nee net niet niets nog nodig nooit nu of om omdat onder ons onze ook op over per samen " +
  "staan steeds tegen te tot toch toe u uit uw van veel voor vooral waar waarom wanneer want " +
  "was waren wat we wel welk welke werd wie wij wil willen word worden wordt zal ze zeer zelf " +
  "zich zij zijn zo zoals zonder zou zouden zullen da da's nie ni nen ne kunde zijde mee " +
  "krijgen krijgt geven geeft zien ziet houden blijven blijft komen komt zeggen zegt denken " +
  "vinden vindt belangrijk genoeg soms vaak echt wel dezelfde hetzelfde zeker mogelijk " +
  "samenwerking samenwerken netwerk partner partners organisatie organisaties " +
  "tussen haar hare tijdens namens volgens ergens trouwens overigens misschien hoeveel vandaan " +
  "zolang eerst later alles erom eraan ervoor erover erin daarbij daarmee waarbij twee drie " +
  "vier vijf tien honderd extra liever minstens ongeacht tegenover keer jaar jaren maand week " +
  "dag vragen vraag vraagt hopen hoop hoopt vrezen vrees denk denkt weten weet zit zitten " +
  "staat stapt lijkt gebruiken gebruikt verwacht verwachten pleit pleiten kijken kijkt voelen " +
  "voelt enorm evenveel langs een twee drie vier vijf zes zeven acht negen tien elf twaalf " +
  "twintig dertig veertig vijftig honderd duizend";

const EN =
  "a about after all also am an and any are as at be because been being both but by can " +
  "cannot could did do does doing don't each even every for from get gets give gives go had has " +
  "have having he her here him his how i i'm if in into is it it's its just keep let let's " +
  "like make makes many may me more most much must my need needs no not now of off on one only " +
  "or other our ours out over own really same she should so some still such than that the " +
  "their them then there these they this those through to together too under up us very want " +
  "wants was we we're were what when where which while who why will with without would you " +
  "your can't won't don't important enough often sometimes always never better " +
  "collaboration network partner partners organisation organisations organization organizations " +
  "between during maybe perhaps hope hopes fear think know see say says ask asks feel feels " +
  "year years month week day two three four five ten extra ever never";

let stopwords: Set<string> | undefined;

/** Whether a normalised word (lower case, accents folded) is a stop word in Dutch or English. */
export function isStopword(norm: string): boolean {
  if (stopwords === undefined) stopwords = new Set(`${NL} ${EN}`.split(" "));
  return stopwords.has(norm);
}

let suffixes: Set<string> | undefined;

/**
 * Whether a word ending is a Dutch derivational suffix rather than a word of its own: the rest
 * of a compound split may not be one of these (`zorgvuldig` is not `zorg` + `vuldig`).
 */
export function isDerivationalSuffix(rest: string): boolean {
  if (suffixes === undefined) {
    suffixes = new Set(
      "heid heden lijk lijke lijkheid baar bare loos loze zaam zame achtig achtige isch ische schap schappen vuldig vuldige matig matige waardig waardige houding wijs teit iteit ingen erij erijen atie aties".split(
        " ",
      ),
    );
  }
  return suffixes.has(rest);
}
