// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason: a logistic
// regression over the features of its best candidate split (`SPLIT_FEATURES` in split.ts), on
// 10108 candidates of 22912 statements (1990 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -7.5661;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  3.2438, // markedReason
  1.0936, // connective
  0.8443, // sentence
  0.1139, // position
  -0.2484, // reason
  0.1989, // whole
  -0.1928, // neither
  0.8264, // positionWords
  1.6873, // reasonWords
  -1.2536, // words
  -0.422, // sentences
  0.7733, // positionFirst
  -0.1724, // standpuntInReason
  -0.1615, // belangInPosition
  0.5526, // strongestBelang
  0.3305, // strongestStandpunt
  0.0956, // standpuntCues
  0.1002, // belangCues
  0.4262, // questions
  -0.0617, // clearPosition
  0.2092, // belangReason
  0.7261, // standpuntWhole
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
