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
import { NIVEAUS, type Niveau } from "./niveau";

/** The level a statement speaks from, with the score of every level. */
export interface NiveauDetection {
  /** The best-scoring level, or `null` when no cue points to any level. */
  readonly niveau: Niveau | null;
  /** Score per level (sum of cue weights, never negative). */
  readonly scores: Readonly<Record<Niveau, number>>;
}

// Built-in cue lists per language and level (format: see parseCues in internal/detect-lexicon).
const NIVEAU_CUES: { readonly [L in Lang]: { readonly [N in Niveau]: string } } = {
  nl: {
    individu: "ik:2 'k:2 mijn:2 mij:2 me:1.5 m'n:2 persoonlijk:2 zelf:1",
    organisatie:
      "onze:1.5 ons:1 wij:0.5 we:0.5 organisatie:1.5 vzw:1.5 school:1 gemeente:1 dienst:1 bedrijf:1 team:1 personeel:1 medewerkers:1.5 cliënten:1.5 klanten:1.5 leden:1",
    netwerk:
      "samen:2 alle:1.5 elkaar:2 regio:2 iedereen:1.5 netwerk:1.5 gezamenlijk*:2 gedeeld*:2 partners:1.5 streek:2 gezinnen:1 families:1",
  },
  en: {
    individu: "i:2 i'm:2 my:2 me:2 myself:2 personally:2",
    organisatie:
      "our:1.5 we:0.5 organisation:1.5 organization:1.5 school:1 staff:1 clients:1.5 team:1 company:1 members:1",
    netwerk:
      "together:2 all:1.5 region*:2 everyone:1.5 network:1.5 joint*:2 shared:2 partners:1.5 each_other:2 families:1",
  },
};

let compiled: { [L in Lang]?: Compiled<Niveau> } | undefined;

/** @internal The compiled built-in lexicon for a language (built once, on first use). */
function builtinLexicon(lang: Lang): Compiled<Niveau> {
  if (compiled === undefined) compiled = {};
  let c = compiled[lang];
  if (c === undefined) {
    c = buildLexicon(NIVEAUS, NIVEAU_CUES[lang], undefined);
    compiled[lang] = c;
  }
  return c;
}

function lexiconFor(lang: Lang, options: DetectOptions | undefined): Compiled<Niveau> {
  const extra = options?.lexicon?.[lang]?.niveaus;
  if (extra === undefined && options?.replaceLexicon !== true) return builtinLexicon(lang);
  return buildLexicon(
    NIVEAUS,
    options?.replaceLexicon === true ? undefined : NIVEAU_CUES[lang],
    extra,
  );
}

/**
 * @internal The level cues found in a text, with offsets, for explanations.
 */
export function niveauCues(text: string, options?: DetectOptions): CueHit<Niveau>[] {
  const { tokens, lang } = prepare(text, options);
  return matchCues(lexiconFor(lang, options), tokens);
}

/**
 * Suggests whose stake a statement speaks for: the person, their organisation or the network.
 *
 * @param text - The statement, in Dutch (Flemish included) or English.
 * @param options - `lang` to skip language detection; `lexicon` to add or override cues per
 *   language; `replaceLexicon` to use only your own cues.
 * @returns The best level (or `null` when nothing points to a level) and the score per level.
 * @remarks Ties between levels go to the first in {@link NIVEAUS} order. Equal input gives
 *   equal output; the input is not changed.
 * @example
 * ```ts
 * detectNiveau("Samen met alle partners in de regio.").niveau //=> "netwerk"
 * ```
 */
export function detectNiveau(text: string, options?: DetectOptions): NiveauDetection {
  const scores = sumScores(NIVEAUS, niveauCues(text, options));
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
