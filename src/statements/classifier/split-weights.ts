// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 152070 candidates of 58956 statements of 106907 (10974 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.8831;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.397, // markedReason
  0.3248, // connective
  0.0881, // sentence
  0.1093, // position
  0.0473, // reason
  0.1541, // whole
  -0.2413, // neither
  0.5726, // positionWords
  1.3281, // reasonWords
  -0.8476, // words
  -0.3695, // sentences
  1.0224, // positionFirst
  -0.0559, // standpuntInReason
  0.0333, // belangInPosition
  0.0332, // strongestBelang
  0.3385, // strongestStandpunt
  0.03, // standpuntCues
  0.1084, // belangCues
  0.0722, // questions
  0.0972, // clearPosition
  0.0188, // belangReason
  0.4109, // standpuntWhole
  -0.2099, // colon
  0.4098, // dash
  0.9371, // arrow
  0.8451, // reasonBeforeArrow
  0.6657, // afterQuestion
  1.3816, // preferred
  -1.2433, // candidates
  0.8152, // standpuntShare
  0.4375, // belangShare
  0.3968, // reasonClause
  -0.0343, // positionClause
  0.6037, // contrast
  -0.8354, // comma
  -0.0934, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
