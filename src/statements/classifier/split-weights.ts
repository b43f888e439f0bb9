// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 80435 candidates of 31387 statements of 55755 (5459 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -8.2808;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  3.0944, // markedReason
  0.6394, // connective
  0.8434, // sentence
  0.1858, // position
  -0.1297, // reason
  0.1532, // whole
  -0.1796, // neither
  0.6186, // positionWords
  1.5381, // reasonWords
  -0.8939, // words
  -0.2603, // sentences
  1.0602, // positionFirst
  -0.2415, // standpuntInReason
  -0.2811, // belangInPosition
  0.6808, // strongestBelang
  0.3168, // strongestStandpunt
  0.0719, // standpuntCues
  0.1701, // belangCues
  0.0257, // questions
  -0.1135, // clearPosition
  0.3083, // belangReason
  0.7318, // standpuntWhole
  0.1982, // colon
  1.4362, // dash
  1.0787, // afterQuestion
  1.1972, // preferred
  -1.2938, // candidates
  0.9292, // standpuntShare
  -0.2759, // belangShare
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
