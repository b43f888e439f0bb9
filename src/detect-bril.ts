import { BRILLEN, type Bril } from "./bril";
import {
  buildLexicon,
  type Compiled,
  type CueHit,
  type DetectOptions,
  matchCues,
  prepare,
  sumScores,
} from "./internal/detect-lexicon";
import type { Lang } from "./lang";

export type { CueWeights, DetectLexicon, DetectOptions } from "./internal/detect-lexicon";

/** The score of one lens for a statement. */
export interface BrilScore {
  /** The lens. */
  readonly bril: Bril;
  /** Sum of the weights of the cues that point to this lens; `0` when none do. */
  readonly score: number;
}

// Built-in cue lists per language and lens (format: see parseCues in internal/detect-lexicon).
const BRIL_CUES: { readonly [L in Lang]: { readonly [B in Bril]: string } } = {
  nl: {
    utilitair:
      "geld:2 budget*:2 *budget*:2 kost*:2 *kosten:2 subsidie*:2 *subsidie*:2 financ*:2 tijd:1 personeel:2 capaciteit:2 efficien*:2 opbrengst*:2 inkomsten:2 *inkomsten:2 betal*:1.5 middelen:1.5 werkdruk:1.5 uren:1.5 euro:2 prijs:1.5 *prijs:1.5 rendabel:2 goedkoop*:2 duur:1 besparen:2 besparing*:2 delen:0.5",
    politiek:
      "macht:2 invloed:2 beslis*:2 zetel:2 stem:2 stemrecht:2 mandaat:2 erkenning:2 erkend:1.5 imago:2 zichtbaar*:2 beleid*:1.5 schepen:1.5 burgemeester:1.5 minister:1.5 bestuur:1.5 *bestuur:1.5 raad:1 inspraak:2 zeggenschap:2 gehoord:1.5 gewicht:1 stoel:1.5 vertegenwoordig*:1.5 woordvoerder:2 persconferentie:1.5 pers:1 reputatie:2",
    zingevend:
      "visie:2 waarde*:2 missie:2 waardigheid:2 inclusie*:2 inclusief:2 duurzaam*:2 duurzaamheid*:2 maatschappelijk*:2 rechtvaardig*:2 ethisch*:2 armoede:1.5 gelijke_kansen:2 kansarm*:1.5 solidari*:2 principe*:2 geloven:1.5 zinvol:2 betekenis*:1 klimaat:1.5 samenleving:1.5",
    relationeel:
      "vertrouwen:2 wantrouwen:2 contact*:2 band:2 sfeer:2 respect:2 elkaar_kennen:2 elkaar_leren_kennen:2 buren:2 buurt:1 relatie*:2 verstandhouding:2 ontmoet*:2 gesprek:1.5 excus*:2 goede_buur:2 vriend*:2 collega*:1 verbinding:2 samenhorigheid:2 betrouwbare:1.5 partner:0.5",
  },
  en: {
    utilitair:
      "money:2 budget*:2 cost*:2 subsid*:2 funding:2 fund*:1.5 time:1 staff:2 staffing:2 capacity:2 efficien*:2 revenue:2 income:2 pay:1.5 paid:1.5 price*:1.5 cheap*:2 expensive:2 save:1.5 savings:2 hours:1.5 euro*:2 resources:1.5 workload:1.5",
    politiek:
      "power:2 influence:2 say:1.5 vote*:2 voting:2 seat:2 board:1.5 decide*:2 decision*:1.5 recognition:2 recognised:1.5 recognized:1.5 reputation:2 visib*:2 policy:1.5 mayor:1.5 alderman:1.5 minister:1.5 council:1.5 mandate:2 spokes*:2 press:1 represent*:1.5 heard:1.5",
    zingevend:
      "vision:2 value*:2 mission:2 dignity:2 inclusion:2 inclusive:2 sustainab*:2 societal:2 society:1.5 fair*:1.5 just:1 justice:2 ethic*:2 poverty:1.5 principle*:2 believe:1.5 meaning*:1.5 climate:1.5 equal:1.5",
    relationeel:
      "trust:2 distrust:2 mistrust:2 contact*:2 bond:2 relationship*:2 relation*:2 respect:2 atmosphere:2 get_to_know:2 know_each_other:2 neighbour*:2 neighbor*:2 friend*:2 apolog*:2 meet:1 connection:2 colleagues:1 reliable:1.5",
  },
};

let compiled: { [L in Lang]?: Compiled<Bril> } | undefined;

/** @internal The compiled built-in lexicon for a language (built once, on first use). */
function builtinLexicon(lang: Lang): Compiled<Bril> {
  if (compiled === undefined) compiled = {};
  let c = compiled[lang];
  if (c === undefined) {
    c = buildLexicon(BRILLEN, BRIL_CUES[lang], undefined);
    compiled[lang] = c;
  }
  return c;
}

function lexiconFor(lang: Lang, options: DetectOptions | undefined): Compiled<Bril> {
  const extra = options?.lexicon?.[lang]?.brillen;
  if (extra === undefined && options?.replaceLexicon !== true) return builtinLexicon(lang);
  return buildLexicon(
    BRILLEN,
    options?.replaceLexicon === true ? undefined : BRIL_CUES[lang],
    extra,
  );
}

/**
 * @internal The lens cues found in a text, with offsets, for explanations.
 */
export function brilCues(text: string, options?: DetectOptions): CueHit<Bril>[] {
  const { tokens, lang } = prepare(text, options);
  return matchCues(lexiconFor(lang, options), tokens);
}

/**
 * Suggests the lenses (brillen) a statement speaks from, scored by the cue words it contains.
 *
 * @param text - The statement, in Dutch (Flemish included) or English.
 * @param options - `lang` to skip language detection; `lexicon` to add or override cues per
 *   language; `replaceLexicon` to use only your own cues.
 * @returns All four lenses with their scores, highest first.
 * @remarks The list always holds the four lenses. It is sorted by score, descending; ties keep
 *   the {@link BRILLEN} order. Scores are finite and never negative, and are all `0` when no
 *   cue points to any lens. Equal input gives equal output; the input is not changed.
 * @example
 * ```ts
 * detectBrillen("We hebben meer budget nodig voor personeel.")[0]
 * //=> { bril: "utilitair", score: 4 }
 * ```
 */
export function detectBrillen(text: string, options?: DetectOptions): BrilScore[] {
  const scores = sumScores(BRILLEN, brilCues(text, options));
  return BRILLEN.map((bril, i) => ({ bril, score: scores[bril], i }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ bril, score }) => ({ bril, score }));
}
