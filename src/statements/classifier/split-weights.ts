// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason: a logistic
// regression over the features of its best candidate split (`SPLIT_FEATURES` in split.ts), on
// 7047 candidates of 17734 statements (1534 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.7926;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  3.4405, // markedReason
  0.9147, // connective
  0.7282, // sentence
  0.2152, // position
  0.1828, // reason
  -0.0042, // whole
  -0.177, // neither
  0.8838, // positionWords
  1.5928, // reasonWords
  -1.4882, // words
  -0.3551, // sentences
  1.0459, // positionFirst
  -0.593, // standpuntInReason
  0.0606, // belangInPosition
  0.9104, // strongestBelang
  0.164, // strongestStandpunt
  -0.0001, // standpuntCues
  0.2355, // belangCues
  0.425, // questions
  0.3424, // clearPosition
  0.3073, // belangReason
  0.7474, // standpuntWhole
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
