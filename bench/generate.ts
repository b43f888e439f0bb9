/**
 * Deterministic generator of synthetic collaborations for benchmarks and scale tests.
 *
 * Every partner gets `belangenPerPartner` belangen (5 by default). Each belang draws 1 to 3
 * themes from a vocabulary of pseudo-words (5,000 by default) with a Zipf-like frequency: the
 * k-th word is drawn with probability proportional to 1 / k^s (s = 1 by default). With
 * `derived: true` the belangen carry no explicit themes; their text holds the drawn words in a
 * Dutch sentence (sometimes glued into a compound, sometimes in the plural), so the analyses
 * must derive the themes. Equal options give an equal collaboration (seeded PRNG, mulberry32).
 */

import { seededRandom } from "../src/internal/random";
import type { Belang } from "../src/model/belang";
import type { Bril } from "../src/model/bril";
import { BRILLEN } from "../src/model/bril";
import { NIVEAUS } from "../src/model/niveau";
import type { Partner } from "../src/model/partner";
import type { Samenwerking } from "../src/model/samenwerking";

/** Options of {@link generateSamenwerking}. */
export interface GenerateOptions {
  /** Number of partners. */
  readonly partners: number;
  /** Belangen per partner; 5 by default. */
  readonly belangenPerPartner?: number;
  /** Size of the theme vocabulary; 5,000 by default. */
  readonly vocabulary?: number;
  /** Zipf exponent of the theme frequency; 1 by default. */
  readonly zipf?: number;
  /** When `true`, belangen have texts only and the themes must be derived. */
  readonly derived?: boolean;
  /** Seed of the PRNG; 1 by default. */
  readonly seed?: number;
  /** Themes of the shared ambition (the most frequent ones, every 7th); 20 by default, 0 for no ambition. */
  readonly ambitionThemes?: number;
}

/** A small, fast, seeded PRNG (mulberry32): the library's own, for the benchmarks and scripts. */
export const mulberry32: (seed: number) => () => number = seededRandom;

const CONSONANTS = "bdfgklmnprstvz";
const VOWELS = "aeiou";

/** The i-th pseudo-word: three consonant-vowel syllables, spread over the 70³ possible words. */
export function pseudoWord(i: number): string {
  const syllables = CONSONANTS.length * VOWELS.length;
  let n = (i * 7919 + 12345) % syllables ** 3;
  let w = "";
  for (let k = 0; k < 3; k++) {
    const s = n % syllables;
    n = Math.floor(n / syllables);
    w +=
      (CONSONANTS[s % CONSONANTS.length] as string) +
      (VOWELS[Math.floor(s / CONSONANTS.length)] as string);
  }
  return w;
}

/** Cumulative Zipf weights for ranks 1..n. */
function zipfTable(n: number, s: number): Float64Array {
  const cum = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) {
    total += 1 / (k + 1) ** s;
    cum[k] = total;
  }
  for (let k = 0; k < n; k++) cum[k] = (cum[k] as number) / total;
  return cum;
}

function drawRank(cum: Float64Array, u: number): number {
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cum[mid] as number) < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const FRAMES = [
  (ws: string[]) => `Wij willen meer ${ws.join(" en ")}.`,
  (ws: string[]) => `Voor ons gaat het om ${ws.join(", ")}.`,
  (ws: string[]) => `We hebben ${ws.join(" en ")} nodig.`,
];

/**
 * Generates a synthetic collaboration.
 *
 * @param options - Sizes, seed and whether themes are explicit or derived.
 * @returns A collaboration with partners `p000001`…, belangen `b0000001`… and, unless
 *   `ambitionThemes` is 0, a shared ambition at revision 1.
 */
export function generateSamenwerking(options: GenerateOptions): Samenwerking {
  const {
    partners: nPartners,
    belangenPerPartner = 5,
    vocabulary = 5000,
    zipf = 1,
    derived = false,
    seed = 1,
    ambitionThemes = 20,
  } = options;
  const rnd = mulberry32(seed);
  const words = Array.from({ length: vocabulary }, (_, i) => pseudoWord(i));
  const cum = zipfTable(vocabulary, zipf);
  const pad = (n: number, w: number): string => String(n).padStart(w, "0");
  const partners: Partner[] = [];
  const belangen: Belang[] = [];
  let nb = 0;
  for (let p = 1; p <= nPartners; p++) {
    const id = `p${pad(p, 6)}`;
    const first = BRILLEN[Math.floor(rnd() * 4)] as Bril;
    const second = BRILLEN[Math.floor(rnd() * 4)] as Bril;
    partners.push({
      id,
      name: `Partner ${p}`,
      brillen: first === second ? [first] : [first, second],
    });
    for (let k = 0; k < belangenPerPartner; k++) {
      nb++;
      const count = 1 + Math.floor(rnd() * 3);
      const drawn = new Set<string>();
      for (let t = 0; t < count; t++) drawn.add(words[drawRank(cum, rnd())] as string);
      const themes = [...drawn];
      const niveau = NIVEAUS[Math.floor(rnd() * 3)] as (typeof NIVEAUS)[number];
      const weight = 1 + Math.floor(rnd() * 5);
      const bril = rnd() < 0.3 ? (BRILLEN[Math.floor(rnd() * 4)] as Bril) : undefined;
      let text: string;
      if (derived) {
        const shown = themes.map((w) => {
          const u = rnd();
          // A Dutch plural now and then: -n after -e (bakele → bakelen), else -'s (auto's).
          if (u < 0.15) return w.endsWith("e") ? `${w}n` : `${w}'s`;
          return w;
        });
        if (shown.length >= 2 && rnd() < 0.2) shown.splice(0, 2, `${shown[0]}${shown[1]}`);
        text = (FRAMES[Math.floor(rnd() * FRAMES.length)] as (ws: string[]) => string)(shown);
      } else {
        text = `Belang ${nb} van ${id}`;
      }
      const b: Belang = {
        id: `b${pad(nb, 7)}`,
        partnerId: id,
        niveau,
        text,
        weight,
        ...(derived ? {} : { themes }),
        ...(bril === undefined ? {} : { bril }),
      };
      belangen.push(b);
    }
  }
  const s: Samenwerking = { name: `Synthetic ${nPartners}`, partners, belangen, standpunten: [] };
  if (ambitionThemes === 0) return s;
  const aThemes = Array.from({ length: ambitionThemes }, (_, i) => words[i * 7] as string);
  return {
    ...s,
    ambition: {
      text: derived ? `Samen werken we aan ${aThemes.join(", ")}.` : "Samen sterker.",
      themes: derived ? [] : aThemes,
      belangIds: belangen.slice(0, 10).map((b) => b.id),
      revision: 1,
      history: [
        {
          revision: 1,
          by: partners[0]?.id ?? "p000001",
          substantive: true,
          patches: [],
          inversePatches: [],
        },
      ],
      endorsements: [],
    },
  };
}
