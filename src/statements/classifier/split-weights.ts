// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 136921 candidates of 53601 statements of 97432 (9961 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.8094;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.465, // markedReason
  0.3354, // connective
  0.1389, // sentence
  0.1022, // position
  0.0669, // reason
  0.1696, // whole
  -0.2451, // neither
  0.6273, // positionWords
  1.3754, // reasonWords
  -0.925, // words
  -0.4243, // sentences
  1.0769, // positionFirst
  -0.0359, // standpuntInReason
  0.0073, // belangInPosition
  0.0809, // strongestBelang
  0.3534, // strongestStandpunt
  0.0318, // standpuntCues
  0.0978, // belangCues
  0.0923, // questions
  0.0388, // clearPosition
  0.0885, // belangReason
  0.4237, // standpuntWhole
  -0.2058, // colon
  0.4169, // dash
  0.9313, // arrow
  0.8753, // reasonBeforeArrow
  0.6257, // afterQuestion
  1.2207, // preferred
  -1.233, // candidates
  0.8527, // standpuntShare
  0.3295, // belangShare
  0.3591, // reasonClause
  -0.0209, // positionClause
  0.6054, // contrast
  -0.8976, // comma
  -0.07, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
