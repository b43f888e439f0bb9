// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 120394 candidates of 47049 statements of 85285 (8714 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.6457;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.3566, // markedReason
  0.1037, // connective
  0.1751, // sentence
  0.1061, // position
  0.0544, // reason
  0.1655, // whole
  -0.2206, // neither
  0.7305, // positionWords
  1.3851, // reasonWords
  -1.0355, // words
  -0.426, // sentences
  1.091, // positionFirst
  -0.013, // standpuntInReason
  0.013, // belangInPosition
  0.1358, // strongestBelang
  0.4054, // strongestStandpunt
  -0.0004, // standpuntCues
  0.098, // belangCues
  -0.0516, // questions
  0.0366, // clearPosition
  0.0557, // belangReason
  0.4243, // standpuntWhole
  -0.2009, // colon
  0.4474, // dash
  0.9843, // arrow
  0.8179, // reasonBeforeArrow
  0.8192, // afterQuestion
  1.1597, // preferred
  -1.2536, // candidates
  0.8997, // standpuntShare
  0.3427, // belangShare
  0.3717, // reasonClause
  -0.0308, // positionClause
  0.6018, // contrast
  -0.873, // comma
  -0.0513, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
