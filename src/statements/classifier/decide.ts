// Stage 5 of the classifier, deciding: the kind the scores point to, how much the cues said
// (evidence), and a confidence that means what it says.

import type { Analysis } from "./analyse";
import type { Part } from "./split";
import { CONFIDENCE_SCALE, FAMILY_CONFIDENCE_SCALE, NO_CUE_CONFIDENCE } from "./weights";

/**
 * The fitted probability of a split (`Split.probability`) from which a split statement is a
 * standpunt whatever its whole score leans to: more likely than not, it holds a position and its
 * reason. Cross-validated by writer on the thirty-third session's 440 writers (each statement
 * read by its fold's kind model and split weights), of the split statements whose whole score
 * leaned to belang, those the weights gave 0.5 or more were standpunt in 77% (560 of 730), those
 * below it in 45%; with the probability as confidence they are about as often right as it says.
 * Below it such a statement stays belang, with a confidence of at most 1 - p (the 563 of them,
 * belang in 55%, got 0.77 on average from their scores alone, 0.60 with that bound).
 */
export const MIXED = 0.5;

/** The decision on a statement. */
export interface Decision {
  readonly kind: "standpunt" | "belang" | "onbepaald";
  /** The kind the score points to between the two; `null` for a text without any letter. */
  readonly leaning: "standpunt" | "belang" | null;
  /** The summed weight of the cues, whatever their direction. */
  readonly evidence: number;
  /** Probability that `kind` is right (0 for a text without any letter). */
  readonly confidence: number;
}

/** The confidence scale of an analysis: the fitted model's, or the family weights'. */
export function scaleOf(an: Analysis): number {
  return an.neither === null ? FAMILY_CONFIDENCE_SCALE : CONFIDENCE_SCALE;
}

/**
 * Confidence that a part or statement with this score is of the kind its sign says, between
 * the two kinds: `sigmoid(scale × |score|)`, the scale fitted so that confidence matches
 * accuracy on writers the weights were not fitted on.
 */
function confidenceOf(score: number, scale: number): number {
  return 1 / (1 + Math.exp(-scale * Math.abs(score)));
}

/**
 * Confidence that a part with this score is of the kind `direction` names (1 standpunt, -1
 * belang): {@link confidenceOf} when its score points that way, else what that leaves.
 */
export function directedConfidence(score: number, direction: number, scale: number): number {
  const c = confidenceOf(score, scale);
  return Math.sign(score) === direction ? c : 1 - c;
}

/**
 * Probability of the kind whose score is `chosen`, among the three scores (standpunt
 * `score`, belang 0, neither `neither`): softmax with the same scale.
 */
function softmaxOf(chosen: number, score: number, neither: number): number {
  const top = Math.max(score, 0, neither);
  const e = (z: number): number => Math.exp(CONFIDENCE_SCALE * (z - top));
  return e(chosen) / (e(score) + e(0) + e(neither));
}

/** Whether neither kind scores above both kinds (`null`: a pack without a fitted model). */
export function neitherWins(score: number, neither: number | null): boolean {
  return neither !== null && neither > Math.max(score, 0);
}

/** Decides the kind of an analysed statement. */
export function decide(an: Analysis): Decision {
  if (an.empty) return { kind: "onbepaald", leaning: null, evidence: 0, confidence: 0 };
  let evidence = 0;
  for (const c of an.cues) evidence += c.weight + Math.abs(c.neither);
  // A statement split into a position and its reason is of the kind that dominates it: the
  // whole statement's score decides, and it is never neither kind. But when the fitted split
  // weights find it more likely than not (MIXED) that it holds a position and its reason, it is
  // a standpunt, as the labelling rules say of such a statement, with that probability as its
  // confidence: on writers the weights were not fitted on, about that share of them are.
  const split = an.parts.length === 2;
  const p = an.splitProbability;
  if (split && an.score <= 0 && p !== null && p >= MIXED) {
    return { kind: "standpunt", leaning: "standpunt", evidence, confidence: p };
  }
  const leaning = an.score > 0 ? "standpunt" : "belang";
  // A split statement that is a position as a whole is as sure as its position part.
  if (split && leaning === "standpunt") {
    const position = an.parts.find((part) => part.direction === 1) as Part;
    const confidence = directedConfidence(position.score, 1, scaleOf(an));
    return { kind: leaning, leaning, evidence, confidence };
  }
  const { neither } = an;
  if (neither === null) {
    return { kind: leaning, leaning, evidence, confidence: confidenceOf(an.score, scaleOf(an)) };
  }
  // Without a single cue there is no evidence for either kind: neither, however the prior
  // leans, as often right as such statements were neither kind on writers not fitted on.
  if (!split && an.cues.length === 0) {
    return { kind: "onbepaald", leaning, evidence, confidence: NO_CUE_CONFIDENCE };
  }
  if (!split && neitherWins(an.score, neither)) {
    return {
      kind: "onbepaald",
      leaning,
      evidence,
      confidence: softmaxOf(neither, an.score, neither),
    };
  }
  const confidence = softmaxOf(leaning === "standpunt" ? an.score : 0, an.score, neither);
  // A split statement read as belang is a standpunt as often as the split weights say it holds a
  // position and its reason: its confidence is at most what they leave (1 - p).
  return {
    kind: leaning,
    leaning,
    evidence,
    confidence:
      split && leaning === "belang" && p !== null ? Math.min(confidence, 1 - p) : confidence,
  };
}
