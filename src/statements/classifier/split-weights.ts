// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 61530 candidates of 23914 statements of 42769 (4080 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -8.275;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  3.1279, // markedReason
  0.6442, // connective
  0.8678, // sentence
  0.18, // position
  -0.1303, // reason
  0.1425, // whole
  -0.1702, // neither
  0.5837, // positionWords
  1.4318, // reasonWords
  -0.8629, // words
  -0.2828, // sentences
  1.0147, // positionFirst
  -0.1882, // standpuntInReason
  -0.2688, // belangInPosition
  0.7938, // strongestBelang
  0.3763, // strongestStandpunt
  0.089, // standpuntCues
  0.1753, // belangCues
  -0.0304, // questions
  -0.0973, // clearPosition
  0.3026, // belangReason
  0.6977, // standpuntWhole
  0.216, // colon
  1.4947, // dash
  1.0663, // afterQuestion
  1.274, // preferred
  -1.1942, // candidates
  0.762, // standpuntShare
  -0.3773, // belangShare
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
