// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 163447 candidates of 63377 statements of 114643 (11796 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.9006;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.3814, // markedReason
  0.3278, // connective
  0.0639, // sentence
  0.1105, // position
  0.0388, // reason
  0.1562, // whole
  -0.2315, // neither
  0.5114, // positionWords
  1.3236, // reasonWords
  -0.8098, // words
  -0.3359, // sentences
  1.0088, // positionFirst
  -0.0642, // standpuntInReason
  0.0356, // belangInPosition
  0.0175, // strongestBelang
  0.3114, // strongestStandpunt
  0.021, // standpuntCues
  0.1235, // belangCues
  0.0194, // questions
  0.0998, // clearPosition
  0.0082, // belangReason
  0.4693, // standpuntWhole
  -0.2277, // colon
  0.3796, // dash
  1.0268, // arrow
  0.7303, // reasonBeforeArrow
  0.6997, // afterQuestion
  1.4092, // preferred
  -1.2188, // candidates
  0.8563, // standpuntShare
  0.3971, // belangShare
  0.412, // reasonClause
  -0.0441, // positionClause
  0.6045, // contrast
  -0.8037, // comma
  -0.0952, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
