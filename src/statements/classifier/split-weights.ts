// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason: a logistic
// regression over the features of its best candidate split (`SPLIT_FEATURES` in split.ts), on
// 6991 candidates of 17734 statements (1534 mixed), read by the shipped model.

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.5237;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  3.4629, // markedReason
  1.0166, // connective
  0.7376, // sentence
  0.1158, // position
  0.0914, // reason
  0.0525, // whole
  -0.202, // neither
  1.0451, // positionWords
  1.7417, // reasonWords
  -1.8376, // words
  -0.3318, // sentences
  0.9768, // positionFirst
  -0.5394, // standpuntInReason
  0.0155, // belangInPosition
  0.9413, // strongestBelang
  0.1631, // strongestStandpunt
  0.0321, // standpuntCues
  0.1939, // belangCues
  0.4822, // questions
  0.4151, // clearPosition
  0.326, // belangReason
  0.7664, // standpuntWhole
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
