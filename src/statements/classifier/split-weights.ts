// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 94527 candidates of 36760 statements of 65258 (6518 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.961;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.4014, // markedReason
  -0.1723, // connective
  0.0454, // sentence
  0.0928, // position
  0.0843, // reason
  0.1539, // whole
  -0.1329, // neither
  0.7095, // positionWords
  1.5224, // reasonWords
  -0.8627, // words
  -0.281, // sentences
  1.2407, // positionFirst
  -0.0353, // standpuntInReason
  -0.0712, // belangInPosition
  0.2744, // strongestBelang
  0.2822, // strongestStandpunt
  0.0326, // standpuntCues
  0.065, // belangCues
  -0.0775, // questions
  0.0769, // clearPosition
  0.1164, // belangReason
  0.6024, // standpuntWhole
  0.1291, // colon
  0.4941, // dash
  1.2649, // arrow
  1.5256, // reasonBeforeArrow
  0.991, // afterQuestion
  1.0612, // preferred
  -1.2676, // candidates
  0.6787, // standpuntShare
  -0.0967, // belangShare
  0.5712, // reasonClause
  0.0123, // positionClause
  0.7154, // contrast
  -0.8342, // comma
  -0.0264, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
