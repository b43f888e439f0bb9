// Stage 5 of the classifier, deciding: the kind the score points to, how much the cues said
// (evidence), and a confidence that means what it says.

import type { Analysis } from "./analyse";
import { CONFIDENCE_SCALE } from "./weights";

/** The decision on a statement. */
export interface Decision {
  readonly kind: "standpunt" | "belang" | "onbepaald";
  /** The kind the score points to; `null` for a text without any letter. */
  readonly leaning: "standpunt" | "belang" | null;
  /** The summed weight of the cues, whatever their direction. */
  readonly evidence: number;
}

/**
 * Confidence that a part or statement with this score is of the kind its sign says:
 * `sigmoid(CONFIDENCE_SCALE × |score|)`, the scale fitted so that confidence matches accuracy
 * on writers the weights were not fitted on.
 */
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
  return { kind: leaning, leaning, evidence };
}
