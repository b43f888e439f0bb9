// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 146393 candidates of 56860 statements of 103444 (10612 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.884;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.4045, // markedReason
  0.325, // connective
  0.1052, // sentence
  0.1204, // position
  0.0411, // reason
  0.165, // whole
  -0.2513, // neither
  0.5658, // positionWords
  1.346, // reasonWords
  -0.8203, // words
  -0.3952, // sentences
  1.0082, // positionFirst
  -0.0665, // standpuntInReason
  0.0254, // belangInPosition
  0.038, // strongestBelang
  0.343, // strongestStandpunt
  0.0258, // standpuntCues
  0.107, // belangCues
  0.0691, // questions
  0.0523, // clearPosition
  -0.0035, // belangReason
  0.385, // standpuntWhole
  -0.1967, // colon
  0.407, // dash
  0.9233, // arrow
  0.8308, // reasonBeforeArrow
  0.6765, // afterQuestion
  1.322, // preferred
  -1.2557, // candidates
  0.8492, // standpuntShare
  0.439, // belangShare
  0.3826, // reasonClause
  -0.0342, // positionClause
  0.6001, // contrast
  -0.8605, // comma
  -0.0988, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
