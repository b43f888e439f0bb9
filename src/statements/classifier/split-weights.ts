// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 193864 candidates of 75046 statements of 134486 (14399 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.6607;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.215, // markedReason
  0.2839, // connective
  0.0087, // sentence
  0.0928, // position
  0.0304, // reason
  0.1603, // whole
  -0.2094, // neither
  0.5079, // positionWords
  1.2502, // reasonWords
  -0.8088, // words
  -0.3216, // sentences
  0.9255, // positionFirst
  -0.0096, // standpuntInReason
  -0.015, // belangInPosition
  0.0489, // strongestBelang
  0.2335, // strongestStandpunt
  0.03, // standpuntCues
  0.1778, // belangCues
  -0.0559, // questions
  0.0441, // clearPosition
  0.1328, // belangReason
  0.0656, // standpuntWhole
  -0.2137, // colon
  0.4551, // dash
  1.1144, // arrow
  0.5649, // reasonBeforeArrow
  0.5523, // afterQuestion
  1.4574, // preferred
  -1.1967, // candidates
  0.9659, // standpuntShare
  0.3276, // belangShare
  0.3582, // reasonClause
  -0.077, // positionClause
  0.6412, // contrast
  -0.7361, // comma
  -0.0907, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
