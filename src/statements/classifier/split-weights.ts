// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason: a logistic
// regression over the features of its best candidate split (`SPLIT_FEATURES` in split.ts), on
// 8866 candidates of 20310 statements (1765 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -7.3289;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  3.2219, // markedReason
  1.1281, // connective
  0.7205, // sentence
  0.1986, // position
  -0.2025, // reason
  0.1723, // whole
  -0.2097, // neither
  0.8724, // positionWords
  1.7375, // reasonWords
  -1.4271, // words
  -0.3291, // sentences
  0.7668, // positionFirst
  -0.1919, // standpuntInReason
  -0.128, // belangInPosition
  0.5756, // strongestBelang
  0.2854, // strongestStandpunt
  0.0952, // standpuntCues
  0.1061, // belangCues
  0.341, // questions
  -0.1272, // clearPosition
  0.2096, // belangReason
  0.6635, // standpuntWhole
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
