// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason: a logistic
// regression over the features of its best candidate split (`SPLIT_FEATURES` in split.ts), on
// 8053 candidates of 18590 statements (1613 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.7995;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  3.3, // markedReason
  1.0537, // connective
  0.789, // sentence
  0.2814, // position
  0.0769, // reason
  0.0366, // whole
  -0.2349, // neither
  1.0383, // positionWords
  1.8353, // reasonWords
  -1.8365, // words
  -0.3745, // sentences
  0.9305, // positionFirst
  -0.3871, // standpuntInReason
  -0.285, // belangInPosition
  0.6228, // strongestBelang
  0.3333, // strongestStandpunt
  0.0884, // standpuntCues
  0.1668, // belangCues
  0.5622, // questions
  -0.1285, // clearPosition
  0.3408, // belangReason
  0.7632, // standpuntWhole
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.4;
