// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason: a logistic
// regression over the features of its best candidate split (`SPLIT_FEATURES` in split.ts), on
// 8886 candidates of 20310 statements (1765 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -7.2589;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  3.2316, // markedReason
  1.0355, // connective
  0.7782, // sentence
  0.2479, // position
  -0.007, // reason
  0.0532, // whole
  -0.2695, // neither
  1.0855, // positionWords
  1.9495, // reasonWords
  -1.8014, // words
  -0.3641, // sentences
  0.8707, // positionFirst
  -0.312, // standpuntInReason
  -0.3216, // belangInPosition
  0.5377, // strongestBelang
  0.3219, // strongestStandpunt
  0.1171, // standpuntCues
  0.1171, // belangCues
  0.5503, // questions
  -0.1917, // clearPosition
  0.3364, // belangReason
  0.7984, // standpuntWhole
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
