import { checkPackBoolean, checkPackObject, checkPackString } from "../internal/args";
import { LEVELS, partOf } from "../lang";
import type { LevelsPart, RoleWords, SubjectWords } from "../lang/types";
import { NIVEAUS, type Niveau } from "../model/niveau";
import {
  type CueHit,
  type DetectedCue,
  type DetectOptions,
  type DetectWord,
  detectorModel,
  fittedHits,
  fittedScores,
  ranked,
  readText,
  sumScores,
  toCues,
} from "./detect";

/** The score of one level for a statement. */
export interface NiveauScore {
  /** The level. */
  readonly niveau: Niveau;
  /** Its score; `0` when no cue points to it. */
  readonly score: number;
}

/** What the level detector finds in a statement; the same shape as {@link BrilDetection}. */
export interface NiveauDetection {
  /** The best-scoring level, or `null` when no cue points to any level. */
  readonly niveau: Niveau | null;
  /**
   * Score per level: the sum of its cues' weights, plus what a statement that names no owner
   * adds (see {@link detectNiveau}); never negative.
   */
  readonly scores: Readonly<Record<Niveau, number>>;
  /** All three levels with their scores, highest first; ties keep the {@link NIVEAUS} order. */
  readonly ranked: readonly NiveauScore[];
  /** The cues found, in order of offset, each with the level it adds to and the weight it adds. */
  readonly cues: readonly DetectedCue<Niveau>[];
}

// Weight factor for cues among the first three words; bonus for impersonal statements.
const LEAD = 1.5;
// How many leading words count as the lead.
const LEAD_WORDS = 4;
const IMPERSONAL = 1;
// What the person's cues count when the organisation's speak too.
const SPEAKER_AND_GROUP = 0.5;
const MIN_IMPERSONAL = 3;

// Weight of the role construction, as for the fixed "als organisatie", "as a company".
const ROLE = 2.5;
// How far from "als"/"as" the group pronoun may stand, and how long the role may be.
const ROLE_REACH = 4;
const ROLE_WORDS = 3;

/** The construction words of a pack, as sets; made once per pack part. */
interface Constructions {
  readonly roleWord: string;
  readonly articles: ReadonlySet<string>;
  readonly notARole: ReadonlySet<string>;
  readonly we: ReadonlySet<string>;
  readonly roleCue: string;
  readonly openers: ReadonlySet<string>;
  readonly organisations: readonly string[];
  readonly compoundHeads: boolean;
  readonly notAnOrganisationBefore: ReadonlySet<string>;
  readonly groupAfter: ReadonlySet<string>;
  readonly joiners: ReadonlySet<string>;
  /** Speaking verbs: one word, or the first of two with the second. */
  readonly speaks: ReadonlyMap<string, readonly string[]>;
  readonly and: ReadonlySet<string>;
}

let made: WeakMap<LevelsPart, Constructions> | undefined;
function constructions(part: LevelsPart): Constructions {
  made ??= new WeakMap();
  let c = made.get(part);
  if (c === undefined) {
    const role = checkPackObject(part.role, "LanguagePack levels.role") as Record<
      keyof RoleWords,
      unknown
    >;
    const subject = checkPackObject(part.subject, "LanguagePack levels.subject") as Record<
      keyof SubjectWords,
      unknown
    >;
    const text = (value: unknown, path: string): string =>
      checkPackString(value, `LanguagePack ${path}`);
    const list = (value: unknown, path: string): string[] =>
      text(value, path).split(/\s+/).filter(Boolean);
    const set = (value: unknown, path: string): ReadonlySet<string> => new Set(list(value, path));
    const compoundHeads = checkPackBoolean(
      subject.compoundHeads,
      "LanguagePack levels.subject.compoundHeads",
    );
    c = {
      roleWord: text(role.word, "levels.role.word"),
      articles: set(role.articles, "levels.role.articles"),
      notARole: set(role.notARole, "levels.role.notARole"),
      we: set(role.we, "levels.role.we"),
      roleCue: text(role.cue, "levels.role.cue"),
      openers: set(subject.openers, "levels.subject.openers"),
      organisations: list(subject.organisations, "levels.subject.organisations"),
      compoundHeads,
      notAnOrganisationBefore: set(
        subject.notAnOrganisationBefore,
        "levels.subject.notAnOrganisationBefore",
      ),
      groupAfter: set(subject.groupAfter, "levels.subject.groupAfter"),
      joiners: set(subject.joiners, "levels.subject.joiners"),
      speaks: speakingVerbs(optionalWords(subject.speaks, "levels.subject.speaks")),
      and: set(optionalWords(subject.and, "levels.subject.and"), "levels.subject.and"),
    };
    made.set(part, c);
  }
  return c;
}

/**
 * A group that names its role ("Als bibliotheek willen we", "we moeten als gemeente",
 * "what we need as a small provider") speaks for its organisation, whatever the role noun.
 * Dutch "als" takes the role bare; English "as" takes it with "a"/"an" (the pack's articles). A
 * role that is itself a network (als regio, as a network) is left to the network cues.
 */
function roleHits(
  words: readonly DetectWord[],
  c: Constructions,
  hits: readonly CueHit<string>[],
): CueHit<Niveau>[] {
  const out: CueHit<Niveau>[] = [];
  for (let i = 0; i < words.length; i++) {
    const t = words[i] as DetectWord;
    if (t.norm !== c.roleWord) continue;
    let first = i + 1;
    if (c.articles.size > 0) {
      if (!c.articles.has(words[first]?.norm ?? "")) continue;
      first++;
    }
    const head = words[first];
    if (head === undefined || c.notARole.has(head.norm) || /^\d/.test(head.norm)) continue;
    const end = words[Math.min(first + ROLE_WORDS, words.length) - 1]?.end ?? head.end;
    const covered = (label: Niveau, from: number, to: number): boolean =>
      hits.some((h) => h.label === label && h.start < to && h.end > from);
    if (covered("netwerk", head.start, end) || covered("organisatie", t.start, t.end)) continue;
    let we = false;
    for (let j = Math.max(0, i - ROLE_REACH); j <= i + ROLE_REACH + 2 && j < words.length; j++) {
      if (j !== i && c.we.has((words[j] as DetectWord).norm)) we = true;
    }
    if (!we) continue;
    out.push({ label: "organisatie", cue: c.roleCue, weight: ROLE, start: t.start, end: head.end });
  }
  return out;
}

/** An optional list of words of a pack written in plain JavaScript: a string, or absent. */
function optionalWords(value: unknown, path: string): string {
  if (value === undefined) return "";
  if (typeof value !== "string") {
    throw new TypeError(`LanguagePack ${path}: must be a string of words, got ${typeof value}`);
  }
  return value;
}

/** The speaking verbs of a pack: a verb's first word → the second words it needs ("" if none). */
function speakingVerbs(list: string): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const v of list.split(/\s+/).filter(Boolean)) {
    const [first, second = ""] = v.split("_");
    const seconds = map.get(first as string);
    if (seconds === undefined) map.set(first as string, [second]);
    else seconds.push(second);
  }
  return map;
}

// Weight of a party that opens the statement and speaks (among the lead words, so 1.5 times).
const SPEAKER = 2;
// How many words the speaking party may have after its opener.
const SPEAKER_WORDS = 4;

/**
 * A statement that opens with one party followed by a verb by which it takes a stance or is
 * reported ("De schooldirectie vraagt …", "Het OCMW laat weten …", "The parish council said …")
 * speaks for that party: in minutes and reports, the party is an organisation at the table. Not
 * when a second party is joined to it (de school en de gemeente), nor when the party is one the
 * network cues name (de partners, the member councils).
 */
function speakerHits(
  words: readonly DetectWord[],
  c: Constructions,
  hits: readonly CueHit<string>[],
): CueHit<Niveau>[] {
  const first = words[0];
  if (c.speaks.size === 0 || first === undefined || !c.openers.has(first.norm)) return [];
  for (let i = 2; i <= SPEAKER_WORDS + 1 && i < words.length; i++) {
    const t = words[i] as DetectWord;
    if (c.and.has(t.norm)) return [];
    const seconds = c.speaks.get(t.norm);
    if (seconds === undefined) continue;
    const next = words[i + 1];
    const two = next !== undefined && seconds.includes(next.norm);
    if (!two && !seconds.includes("")) continue;
    const last = two ? (next as DetectWord) : t;
    // A party the network cues name (de partners, the councils) is the network speaking.
    const from = (words[1] as DetectWord).start;
    if (hits.some((h) => h.label === "netwerk" && h.start < t.start && h.end > from)) return [];
    return [
      {
        label: "organisatie",
        cue: `${first.norm} … ${last === t ? t.norm : `${t.norm} ${last.norm}`}`,
        weight: SPEAKER,
        start: first.start,
        end: last.end,
      },
    ];
  }
  return [];
}

// Weight of an organisation that opens the statement (among the lead words, so 1.5 times).
const SUBJECT = 1;
const SUBJECT_WORDS = 3;

/**
 * A statement that opens with one organisation as its subject ("Het cultuurcentrum moet
 * toegankelijk blijven", "The co-op has to remain member-owned") speaks for that
 * organisation, unless a second party is joined to it (de club en de school) or it belongs to
 * a larger body (het bestuur van de zone): then it is a matter of the network. In a language
 * that writes compounds as one word, the organisation may be a compound's head (voetbalclub).
 */
function subjectHits(words: readonly DetectWord[], c: Constructions): CueHit<Niveau>[] {
  const first = words[0];
  if (first === undefined || !c.openers.has(first.norm)) return [];
  for (let i = 1; i <= SUBJECT_WORDS && i < words.length; i++) {
    const t = words[i] as DetectWord;
    const n = t.norm;
    const head = c.organisations.find((h) => n === h || (c.compoundHeads && n.endsWith(h)));
    if (head === undefined) continue;
    const before = c.compoundHeads
      ? n.slice(0, n.length - head.length)
      : (words[i - 1]?.norm ?? "");
    const next = words[i + 1]?.norm ?? "";
    if (c.notAnOrganisationBefore.has(before) || c.joiners.has(next) || c.groupAfter.has(next)) {
      return [];
    }
    return [
      {
        label: "organisatie",
        cue: `${first.norm} …`,
        weight: SUBJECT,
        start: first.start,
        end: t.end,
      },
    ];
  }
  return [];
}

function cuesOf(text: string, options: DetectOptions | undefined) {
  const read = readText("detectNiveau", "levels", LEVELS, NIVEAUS, text, options);
  const { words, hits } = read;
  const c = constructions(partOf(LEVELS, "levels", read.lang));
  // One by one: the role hits are unbounded in number (no spread onto the call stack).
  for (const h of roleHits(words, c, hits)) hits.push(h);
  for (const h of subjectHits(words, c)) hits.push(h);
  for (const h of speakerHits(words, c, hits)) hits.push(h);
  return {
    lang: read.lang,
    replaced: read.replaced,
    added: read.added,
    words,
    hits: hits as CueHit<Niveau>[],
  };
}

/**
 * @internal The level cues found in a text by the pack's lexicon and constructions, with
 * offsets, before any fitted weights, with the words and the language: what `npm run
 * fit:detectors` reads.
 */
export function levelLexiconCues(text: string, options?: DetectOptions) {
  return cuesOf(text, options);
}

/** @internal The level cues the pack's lexicon and constructions find, before fitted weights. */
export function niveauCues(text: string, options?: DetectOptions): CueHit<Niveau>[] {
  return cuesOf(text, options).hits;
}

/** @internal Where the lead ends: the end of the statement's fourth word (0 without words). */
export function leadEnd(words: readonly DetectWord[]): number {
  return words[Math.min(LEAD_WORDS - 1, words.length - 1)]?.end ?? 0;
}

/**
 * @internal Whether a statement names no owner of its stake: at least three words, and no cue
 * of the person or the organisation.
 */
export function namesNoOwner(
  words: readonly DetectWord[],
  hits: readonly CueHit<string>[],
): boolean {
  return (
    words.length >= MIN_IMPERSONAL &&
    !hits.some((h) => (h.label === "individu" || h.label === "organisatie") && h.weight > 0)
  );
}

/**
 * Suggests whose stake a statement speaks for: the person, their organisation or the network.
 *
 * @param text - The statement, in any language of the packs (built in: Dutch, Flemish included,
 *   and English).
 * @param options - `lang` (a code or a pack) to skip language detection; `lexicon`, an app's
 *   cue changes made by {@link extendLexicon}.
 * @returns The best level (or `null` when nothing points to a level), the score per level, the
 *   levels ranked, and the cues with their offsets.
 * @remarks The pack's lexicon finds the cues (one per word and level: the longest phrase
 *   wins), and two constructions name an organisation: a group naming its role ("als
 *   vereniging willen we", "as a small provider we") and a statement that opens with one
 *   organisation, alone or with a verb by which it speaks ("De school vraagt …"). A pack with
 *   fitted weights (the built-in ones) then weighs them with weights fitted on labelled
 *   statements (`LevelsPart.model`): a cue adds to each level what its lexicon weight and its
 *   own pattern are worth, with weights of their own among the first four words (the owner of
 *   a stake is usually named up front); a word no cue covers adds what it is worth, when
 *   writers other than the ones it was found in show it, and among the first four words it has
 *   weights of its own too, function words included ("The …", "De …" open on a third party);
 *   and a statement of three words or more with no cue of the person or the organisation adds
 *   the model's `@ownerless` weights (it speaks about the shared world). Every cue is listed
 *   once per level it adds to, with that weight. Without a model for the pack's cues (an app's
 *   pack may have none), a cue adds its lexicon weight to its own level, 1.5 times among the
 *   first four words; when both the person and the organisation have cues ("ik vind dat onze
 *   vzw …") the person's count half; and such an owner-less statement gets 1 for `netwerk`.
 *   Ties between levels go to the first in {@link NIVEAUS} order; `niveau` is `null` only when
 *   every score is 0. Equal input gives equal output; the input is not changed.
 * @throws {TypeError} When `text` is not a string or an option has the wrong type.
 * @throws {RangeError} When `options.lang` is a code that is not built in, or when the pack of
 *   `options.lang` has a malformed `model` (the message names its line and the rule).
 * @example
 * ```ts
 * detectNiveau("Samen met alle partners in de regio.").niveau //=> "netwerk"
 * detectNiveau("Onze vzw wil een zetel in de raad van bestuur.").scores
 * //=> { individu: 1.7, organisatie: 7.95, netwerk: 1.95 }
 * ```
 */
export function detectNiveau(text: string, options?: DetectOptions): NiveauDetection {
  const read = cuesOf(text, options);
  const { words, hits } = read;
  const lead = leadEnd(words);
  const model = detectorModel("levels", LEVELS, NIVEAUS, read);
  if (model !== undefined) {
    const counted = fittedHits(words, hits, model, lead, read.added) as CueHit<Niveau>[];
    return result(fittedScores(NIVEAUS, counted, model, namesNoOwner(words, hits)), text, counted);
  }
  // Without fitted weights, the pack's lexicon weights count, with these rules.
  // Who owns the stake is usually said up front: cues among the first words weigh more.
  let counted = hits.map((h) =>
    h.start < lead && h.weight > 0 ? { ...h, weight: h.weight * LEAD } : h,
  );
  let scores = sumScores(NIVEAUS, counted);
  // A speaker who also names a group (I … we, ik … onze) mostly voices the group's stake: the
  // person's cues count half (in the cues too, so that they still add up to the scores).
  if (scores.individu > 0 && scores.organisatie > 0) {
    counted = counted.map((h) =>
      h.label === "individu" ? { ...h, weight: h.weight * SPEAKER_AND_GROUP } : h,
    );
    scores = sumScores(NIVEAUS, counted);
  }
  // A statement that names no owner (no I, my, we, our...) speaks about the shared world.
  if (scores.individu < 1 && scores.organisatie < 1 && words.length >= MIN_IMPERSONAL) {
    scores.netwerk = Math.round((scores.netwerk + IMPERSONAL) * 1000) / 1000;
  }
  return result(scores, text, counted);
}

function result(
  scores: Record<Niveau, number>,
  text: string,
  counted: readonly CueHit<string>[],
): NiveauDetection {
  const order = ranked(NIVEAUS, scores).map(({ label, score }) => ({ niveau: label, score }));
  const top = order[0] as NiveauScore;
  return {
    niveau: top.score > 0 ? top.niveau : null,
    scores,
    ranked: order,
    cues: toCues<Niveau>(text, counted),
  };
}
