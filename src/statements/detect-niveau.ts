import { checkOptions, checkString } from "../internal/args";
import {
  type Compiled,
  type CueHit,
  type DetectOptions,
  lexiconFor,
  matchCues,
  prepare,
  sumScores,
} from "../internal/detect-lexicon";
import type { Token } from "../internal/tokenize";
import type { Lang } from "../lang";
import { NIVEAUS, type Niveau } from "../model/niveau";

/** The level a statement speaks from, with the score of every level. */
export interface NiveauDetection {
  /** The best-scoring level, or `null` when no cue points to any level. */
  readonly niveau: Niveau | null;
  /** Score per level (sum of cue weights, never negative). */
  readonly scores: Readonly<Record<Niveau, number>>;
}

// Built-in cue lists per language and level (format: see parseCues in internal/detect-lexicon; the
// minifier joins the string pieces into one).
const NIVEAU_CUES: { readonly [L in Lang]: { readonly [N in Niveau]: string } } = {
  nl: {
    individu:
      "ik 'k k ikke mijn m'n mijne mij me:1.5 mezelf persoonlijk:1.5 zelf:0.5 ik_vrees:0.3 " +
      "ik_hoop:0.3 ik_stel_voor:0.3 ik_pleit:0.3 ik_ben_voor:0.3 ik_ben_tegen:0.3 ik_vind:0.3 " +
      "ik_denk:0.3 ik_ben_bang:0.3 ik_wil_dat:0.5 ik_zou_willen_dat:0.5 mijn_organisatie:0.3 " +
      "mijn_team:0.3 mijn_ploeg:1 mijn_dienst:0.5 mij_dwars:0.3 ik_hoop_gewoon:0.3 " +
      "ik_wil_dat_we:0.3 ik_zou_graag_hebben_dat:0.5 ik_zou_het_fijn_vinden:0.3 " +
      "ik_vind_het:0.3 ik_zie_graag:0.3 ik_droom_van:0.3",
    organisatie:
      "onze ons:1.5 wij:0.7 we:0.7 *organisatie:1 vzw:1.5 vereniging:1 bedrijf:1 team:1 " +
      "personeel:1 medewerkers:1 leden:1 klanten:1 clienten:1 werking:1 mijn_organisatie:2.5 " +
      "mijn_team mijn_dienst:1.5 als_organisatie:2.5 als_vereniging:2.5 als_vzw:2.5 " +
      "als_bedrijf:2.5 als_school:2.5 als_gemeente:2.5 als_stad:2.5 als_dienst:2.5 wij_als " +
      "we_als voor_ons:1.5 ons_eigen onze_eigen eigen:0.5 club:1 *maatschappij:1 ons_team " +
      "onze_mensen onze_leden onze_medewerkers onze_vrijwilligers bij_ons:1.5 werkgever:1",
    netwerk:
      "samen samenwerking*:1.5 *samenwerking:1.5 samenwerkingsverband gezamenlijk* " +
      "gemeenschappelijk* gedeeld* onderling* wederzijds* elkaar tussen:1.5 alle:1.5 " +
      "allemaal:1.5 iedereen:1.5 niemand:1.5 elke:1 elk:1 beide:1 met_z'n_allen *netwerk*:1.5 " +
      "regio *regio*:1.5 regionaal regionale streek provincie:1 sector:1.5 *partners:1.5 " +
      "*overleg:1 platform:1 gemeenten:1.5 steden:1.5 besturen:1.5 *organisaties:1.5 " +
      "verenigingen:1.5 scholen:1 hogescholen:1 *bedrijven:1 werkgevers:1 *voorzieningen:1 " +
      "diensten:1 inwoners:1.5 bewoners:1 burgers:1.5 gezinnen:1.5 families:1.5 ouders:1 " +
      "patienten:1.5 kinderen:1 jongeren:1 ouderen:1 mensen:1 doelgroep:1.5 samenleving:1.5 " +
      "iedere:1 *zone:1 als_netwerk:3 met_een_stem met_een_mond volgende_generatie " +
      "in_de_buurt:1.5 buurt:1 wijk:1 wijken:1.5 dorp:1 dorpen:1.5 gemeente:0.5 *clubs:1 " +
      "huurders:1 leerlingen:1 onze_kleinkinderen:2.5 toekomstige_generaties " +
      "elke_*dag:0.1 elke_week:0.1 elke_maand:0.1 elk_jaar:0.1 elk_kwartaal:0.1 elke_keer:0.1 " +
      "elke_avond:0.1 elke_ochtend:0.1 elke_voormiddag:0.1 elke_namiddag:0.1 elke_nacht:0.1 " +
      "elke_zomer:0.1 elke_winter:0.1 elk_seizoen:0.1",
  },
  en: {
    individu:
      "i i'm i'd i'll i've my me myself mine personally i_hope:0.3 i_fear:0.3 i'm_afraid:0.3 " +
      "i_propose:0.3 i_suggest:0.3 i_think:0.3 i_believe:0.3 i_want_the:0.5 i'd_like_the:0.5 " +
      "my_organisation:0.3 my_organization:0.3 my_team:0.3 my_staff:0.3 i_just_hope:0.3 " +
      "i'd_like_us:0.3 i_want_us:0.3 i'd_love_it_if:0.3 i'd_love_it:0.3 i'd_like_it_if:0.3 " +
      "i_wish:0.3 i_dream:0.3",
    organisatie:
      "our ours:1.5 us:1 we:0.7 we're:0.7 we'd:0.7 we'll:0.7 organisation:1 organization:1 " +
      "association:1 society:0.5 company:1 team:1 staff:1 members:1 clients:1 customers:1 " +
      "my_organisation:2.5 my_organization:2.5 my_team my_staff as_an_organisation:2.5 " +
      "as_an_organization:2.5 as_a_company:2.5 as_a_school:2.5 as_organisers:2.5 we_as " +
      "our_own own:0.5 club:1 charity:1 firm:1 our_people our_members our_volunteers " +
      "our_staff our_team its:0.5 provider:1 employer:1",
    netwerk:
      "together jointly joint shared common:1.5 each_other one_another between:1.5 among:1.5 " +
      "all:1.5 everyone:1.5 everybody:1.5 nobody:1.5 no_one:1.5 every:1 each:1 both:1 " +
      "network*:1.5 partnership collaboration:1.5 region* province:1 sector:1.5 partners:1.5 " +
      "municipalities:1.5 towns:1.5 cities:1.5 organisations:1.5 organizations:1.5 " +
      "associations:1.5 schools:1 colleges:1 companies:1 employers:1 services:1 residents:1.5 " +
      "citizens:1.5 families:1.5 parents:1 patients:1.5 children:1 young:1 elderly:1 people:1 " +
      "society:1 zone:1 community:1.5 here:0.5 as_a_network:3 one_voice next_generation " +
      "neighbourhood:1.5 neighborhood:1.5 village*:1 town:1 area:1 district:1 people_in:1 " +
      "locals:1.5 local_people:1.5 valley:1 clubs:1 tenants:1 pupils:1 households:1.5 " +
      "our_grandchildren:2.5 future_generations every_*day:0.1 every_week:0.1 every_month:0.1 " +
      "every_year:0.1 every_quarter:0.1 every_time:0.1 every_evening:0.1 every_morning:0.1 " +
      "every_night:0.1 every_summer:0.1 every_winter:0.1 every_season:0.1 each_*day:0.1 " +
      "each_week:0.1 each_month:0.1 each_year:0.1 each_time:0.1",
  },
};

// Weight factor for cues among the first three words; bonus for impersonal statements.
const LEAD = 1.5;
// How many leading words count as the lead.
const LEAD_WORDS = 4;
const IMPERSONAL = 1;
const MIN_IMPERSONAL = 3;

// The built-in lexicons, compiled once per language on first use.
const compiled: { [L in Lang]?: Compiled<Niveau> } = {};

function lexicon(lang: Lang, options: DetectOptions | undefined): Compiled<Niveau> {
  const extra = options?.lexicon?.[lang]?.niveaus;
  return lexiconFor(NIVEAUS, NIVEAU_CUES, compiled, lang, extra, options?.replaceLexicon === true);
}

// Words that cannot start the role in "als X" / "as a X": after them "als" means "if" or
// "like" (als de gemeente ..., als we ..., als gevolg van ...).
const NOT_A_ROLE = {
  nl:
    "de het 't een die dat deze dit we wij ze zij ik 'k je jij ge gij u hij men er ons onze " +
    "mijn m'n zijn haar hun uw iemand niemand iedereen alles niets iets elke elk alle er dan " +
    "nu ook zo toch maar niet nog wel alleen gevolg eerste laatste enige voorbeeld geheel " +
    "het ware volgt zodanig gewoonlijk altijd nodig mogelijk meer minder beter goed",
  en: "",
};
// The pronouns of a group that speaks for itself: with a role they name an organisation.
const WE = { nl: "we wij ons onze", en: "we we're we'd we'll we've us our" };
// Weight of the role construction, as for the fixed "als organisatie", "as a company".
const ROLE = 2.5;
// How far from "als"/"as" the group pronoun may stand, and how long the role may be.
const ROLE_REACH = 4;
const ROLE_WORDS = 3;

/**
 * A group that names its role ("Als bibliotheek willen we", "we moeten als gemeente",
 * "what we need as a small provider") speaks for its organisation, whatever the role noun.
 * Dutch "als" takes the role bare (no article); English "as" takes it with "a"/"an". A role
 * that is itself a network (als regio, as a network) is left to the network cues.
 */
function roleHits(
  tokens: readonly Token[],
  lang: Lang,
  hits: readonly CueHit<Niveau>[],
): CueHit<Niveau>[] {
  const out: CueHit<Niveau>[] = [];
  const { notARole, we: weWords } = wordSets();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || t.norm !== (lang === "nl" ? "als" : "as")) continue;
    let first = i + 1;
    if (lang === "en") {
      const art = tokens[first]?.norm;
      if (art !== "a" && art !== "an") continue;
      first++;
    }
    const head = tokens[first];
    if (head === undefined || notARole[lang].has(head.norm) || /^\d/.test(head.norm)) continue;
    const end = tokens[Math.min(first + ROLE_WORDS, tokens.length) - 1]?.end ?? head.end;
    const covered = (label: Niveau, from: number, to: number): boolean =>
      hits.some((h) => h.label === label && h.start < to && h.end > from);
    if (covered("netwerk", head.start, end) || covered("organisatie", t.start, t.end)) continue;
    let we = false;
    for (let j = Math.max(0, i - ROLE_REACH); j <= i + ROLE_REACH + 2 && j < tokens.length; j++) {
      const w = tokens[j];
      if (w !== undefined && j !== i && weWords[lang].has(w.norm)) we = true;
    }
    if (!we) continue;
    out.push({
      label: "organisatie",
      cue: lang === "nl" ? "als …" : "as a …",
      weight: ROLE,
      start: t.start,
      end: head.end,
    });
  }
  return out;
}

// Nouns of a single organisation (Dutch by their head: voetbalclub, cultuurcentrum), and the
// words that open a statement about one ("Het cultuurcentrum moet ...", "The co-op has to ...").
const ORG_HEADS = {
  nl:
    "organisatie vereniging vzw club school centrum bibliotheek bib cooperatie jeugdhuis " +
    "bedrijf werking dienst maatschappij ziekenhuis museum praktijk apotheek kring opvang " +
    "creche firma",
  en:
    "organisation organization association club school centre center library co-op " +
    "cooperative company firm charity service society museum practice pharmacy home " +
    "hospital provider agency",
};
const OPENERS = { nl: "de het 't", en: "the" };
// Places named like an organisation (town centre, stadscentrum) are none, and residents'
// bodies (buurtvereniging, wijkcentrum) speak for their neighbourhood.
const NOT_AN_ORG_BEFORE = "stad stads dorp dorps town city village shopping buurt wijk bewoners";
// English compounds put the head last: "the school cluster" is a cluster.
const GROUP_AFTER =
  "cluster network networks group groups partnership federation board council committee";
// Words that join a second party or make the organisation part of a larger one.
const JOINERS = "en and van of";

/** The word lists above as sets, per language where they differ; built on first use. */
interface WordSets {
  readonly notARole: Readonly<Record<Lang, ReadonlySet<string>>>;
  readonly we: Readonly<Record<Lang, ReadonlySet<string>>>;
  readonly orgHeads: Readonly<Record<Lang, readonly string[]>>;
  readonly openers: Readonly<Record<Lang, ReadonlySet<string>>>;
  readonly notAnOrgBefore: ReadonlySet<string>;
  readonly groupAfter: ReadonlySet<string>;
  readonly joiners: ReadonlySet<string>;
}
let sets: WordSets | undefined;
function wordSets(): WordSets {
  const set = (s: string): ReadonlySet<string> => new Set(s === "" ? [] : s.split(" "));
  const perLang = (x: Record<Lang, string>) => ({ nl: set(x.nl), en: set(x.en) });
  sets ??= {
    notARole: perLang(NOT_A_ROLE),
    we: perLang(WE),
    orgHeads: { nl: ORG_HEADS.nl.split(" "), en: ORG_HEADS.en.split(" ") },
    openers: perLang(OPENERS),
    notAnOrgBefore: set(NOT_AN_ORG_BEFORE),
    groupAfter: set(GROUP_AFTER),
    joiners: set(JOINERS),
  };
  return sets;
}
// Weight of an organisation that opens the statement (among the lead words, so 1.5 times).
const SUBJECT = 1;
const SUBJECT_WORDS = 3;

/**
 * A statement that opens with one organisation as its subject ("Het cultuurcentrum moet
 * toegankelijk blijven", "The co-op has to remain member-owned") speaks for that
 * organisation, unless a second party is joined to it (de club en de school) or it belongs to
 * a larger body (het bestuur van de zone): then it is a matter of the network.
 */
function subjectHits(tokens: readonly Token[], lang: Lang): CueHit<Niveau>[] {
  const { openers, orgHeads, notAnOrgBefore, joiners, groupAfter } = wordSets();
  const first = tokens[0];
  if (first === undefined || !openers[lang].has(first.norm)) return [];
  for (let i = 1; i <= SUBJECT_WORDS && i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined) break;
    const n = t.norm;
    const head = orgHeads[lang].find((h) => n === h || (lang === "nl" && n.endsWith(h)));
    if (head === undefined) continue;
    const before = lang === "nl" ? n.slice(0, n.length - head.length) : tokens[i - 1]?.norm;
    const next = tokens[i + 1]?.norm ?? "";
    if (notAnOrgBefore.has(before ?? "") || joiners.has(next) || groupAfter.has(next)) {
      return [];
    }
    const cue = `${first.norm} …`;
    return [{ label: "organisatie", cue, weight: SUBJECT, start: first.start, end: t.end }];
  }
  return [];
}

function cuesOf(text: string, options: DetectOptions | undefined) {
  const { tokens, lang } = prepare(text, options);
  const hits = matchCues(lexicon(lang, options), tokens);
  if (options?.replaceLexicon !== true) {
    hits.push(...roleHits(tokens, lang, hits), ...subjectHits(tokens, lang));
  }
  return { tokens, hits };
}

/**
 * @internal The level cues found in a text, with offsets, for explanations.
 */
export function niveauCues(text: string, options?: DetectOptions): CueHit<Niveau>[] {
  return cuesOf(text, options).hits;
}

/**
 * Suggests whose stake a statement speaks for: the person, their organisation or the network.
 *
 * @param text - The statement, in Dutch (Flemish included) or English.
 * @param options - `lang` to skip language detection; `lexicon` to add or override cues per
 *   language; `replaceLexicon` to use only your own cues.
 * @returns The best level (or `null` when nothing points to a level) and the score per level.
 * @remarks The score of a level is the sum of the weights of its cues (one cue per word and
 *   level: the longest phrase wins, so "ik hoop dat" counts less for `individu` than "ik").
 *   Cues among the first four words weigh 1.5 times, because the owner of a stake is usually
 *   named up front. A statement of at least three words that names no owner (no I, my, we,
 *   our...) gets a bonus of 1 for `netwerk`: it speaks about the shared world. Ties between
 *   levels go to the first in {@link NIVEAUS} order; `niveau` is `null` only when every score
 *   is 0. Equal input gives equal output; the input is not changed.
 * @throws TypeError when `text` is not a string or `options` is not an object.
 * @example
 * ```ts
 * detectNiveau("Samen met alle partners in de regio.").niveau //=> "netwerk"
 * detectNiveau("Onze vzw wil een zetel in de raad van bestuur.")
 * //=> { niveau: "organisatie", scores: { individu: 0, organisatie: 5.25, netwerk: 0 } }
 * ```
 */
export function detectNiveau(text: string, options?: DetectOptions): NiveauDetection {
  checkString("detectNiveau", "text", text);
  checkOptions("detectNiveau", options);
  const { tokens, hits } = cuesOf(text, options);
  // Who owns the stake is usually said up front: cues among the first words weigh more.
  const lead = tokens[Math.min(LEAD_WORDS - 1, tokens.length - 1)]?.end ?? 0;
  const scores = sumScores(
    NIVEAUS,
    hits.map((h) => (h.start < lead && h.weight > 0 ? { ...h, weight: h.weight * LEAD } : h)),
  );
  // A statement that names no owner (no I, my, we, our...) speaks about the shared world.
  if (scores.individu < 1 && scores.organisatie < 1 && tokens.length >= MIN_IMPERSONAL) {
    scores.netwerk = Math.round((scores.netwerk + IMPERSONAL) * 1000) / 1000;
  }
  let niveau: Niveau | null = null;
  let best = 0;
  for (const n of NIVEAUS) {
    if (scores[n] > best) {
      best = scores[n];
      niveau = n;
    }
  }
  return { niveau, scores };
}
