// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 35600 candidates of 13450 statements of 24637 (2159 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -9.1821;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  3.0507, // markedReason
  0.7839, // connective
  0.8056, // sentence
  0.1932, // position
  -0.166, // reason
  0.1062, // whole
  -0.1961, // neither
  0.2497, // positionWords
  1.3584, // reasonWords
  -0.381, // words
  -0.2968, // sentences
  0.8975, // positionFirst
  -0.0026, // standpuntInReason
  -0.2561, // belangInPosition
  0.7074, // strongestBelang
  0.3579, // strongestStandpunt
  0.1121, // standpuntCues
  0.075, // belangCues
  0.1113, // questions
  -0.2505, // clearPosition
  0.4311, // belangReason
  0.6568, // standpuntWhole
  0.3977, // colon
  1.5698, // dash
  0.8763, // afterQuestion
  1.5165, // preferred
  -1.046, // candidates
  0.9165, // standpuntShare
  -0.404, // belangShare
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
