// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason: a logistic
// regression over the features of its best candidate split (`SPLIT_FEATURES` in split.ts), on
// 6666 candidates of 16875 statements (1461 mixed).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -5.496;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.6507, // marked
  0.2461, // connective
  -0.2204, // sentence
  -0.9972, // comma
  0.1489, // position
  -0.025, // reason
  0.0073, // whole
  -0.222, // neither
  1.1484, // positionWords
  2.0694, // reasonWords
  -2.2031, // words
  -0.3438, // sentences
  0.9945, // positionFirst
  -0.3589, // standpuntInReason
  0.0159, // belangInPosition
  0.8872, // strongestBelang
  0.1645, // strongestStandpunt
  0.0648, // standpuntCues
  0.0293, // belangCues
  0.5872, // questions
  0.4523, // clearPosition
  0.4814, // belangReason
  0.8126, // standpuntWhole
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
