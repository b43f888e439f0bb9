// Stage 5 of the classifier, deciding: a kind only where the cues give enough evidence, and a
// confidence that means what it says.

import type { Analysis } from "./analyse";
import { CONFIDENCE_SCALE } from "./weights";

/**
 * The least evidence (the summed weight of the cues found, whatever their direction) for a
 * kind. Below it the statement is `onbepaald`, with its leaning reported: on statements of
 * writers the weights were not fitted on, answers with less evidence were right about as often
 * as a coin (data/README.md).
 */
export const MIN_EVIDENCE = 0.75;

/** The decision on a statement. */
export interface Decision {
  readonly kind: "standpunt" | "belang" | "onbepaald";
  /** The kind the score points to, also when the evidence is too thin for a kind. */
  readonly leaning: "standpunt" | "belang" | null;
  /** The summed weight of the cues. */
  readonly evidence: number;
}

/** Confidence that a part or statement with this score is of the kind its sign says. */
export function confidenceOf(score: number): number {
  return 1 / (1 + Math.exp(-CONFIDENCE_SCALE * Math.abs(score)));
}

/** Decides the kind of an analysed statement. */
export function decide(an: Analysis): Decision {
  if (an.empty) return { kind: "onbepaald", leaning: null, evidence: 0 };
  let evidence = 0;
  for (const c of an.cues) evidence += c.weight;
  // A statement split into a position and its reason is a position.
  const leaning = an.parts.length === 2 || an.score > 0 ? "standpunt" : "belang";
  return { kind: evidence >= MIN_EVIDENCE ? leaning : "onbepaald", leaning, evidence };
}
