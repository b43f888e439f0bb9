// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 34554 candidates of 13025 statements of 23770 (2083 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -9.2272;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  3.0866, // markedReason
  0.8179, // connective
  0.8468, // sentence
  0.1874, // position
  -0.15, // reason
  0.1027, // whole
  -0.1917, // neither
  0.2442, // positionWords
  1.4071, // reasonWords
  -0.4073, // words
  -0.3016, // sentences
  0.8999, // positionFirst
  -0.0372, // standpuntInReason
  -0.2478, // belangInPosition
  0.7524, // strongestBelang
  0.3375, // strongestStandpunt
  0.1037, // standpuntCues
  0.0797, // belangCues
  0.0215, // questions
  -0.2263, // clearPosition
  0.383, // belangReason
  0.7212, // standpuntWhole
  0.361, // colon
  1.6064, // dash
  0.9136, // afterQuestion
  1.517, // preferred
  -1.0429, // candidates
  0.9721, // standpuntShare
  -0.4217, // belangShare
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
