// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 50954 candidates of 19729 statements of 35851 (3351 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -8.5265;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  3.1003, // markedReason
  0.6797, // connective
  0.8298, // sentence
  0.2104, // position
  -0.147, // reason
  0.1429, // whole
  -0.1509, // neither
  0.4409, // positionWords
  1.3743, // reasonWords
  -0.7015, // words
  -0.3213, // sentences
  1.0022, // positionFirst
  -0.1031, // standpuntInReason
  -0.2556, // belangInPosition
  0.7901, // strongestBelang
  0.3241, // strongestStandpunt
  0.0922, // standpuntCues
  0.1882, // belangCues
  -0.1159, // questions
  -0.2211, // clearPosition
  0.3381, // belangReason
  0.693, // standpuntWhole
  0.304, // colon
  1.4257, // dash
  1.1491, // afterQuestion
  1.3949, // preferred
  -1.0943, // candidates
  0.8788, // standpuntShare
  -0.4864, // belangShare
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
