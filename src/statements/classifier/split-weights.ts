// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 67688 candidates of 26375 statements of 47088 (4539 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -8.2956;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  3.1233, // markedReason
  0.6496, // connective
  0.8697, // sentence
  0.1976, // position
  -0.1561, // reason
  0.1407, // whole
  -0.1743, // neither
  0.5731, // positionWords
  1.4912, // reasonWords
  -0.846, // words
  -0.3104, // sentences
  1.046, // positionFirst
  -0.1871, // standpuntInReason
  -0.2795, // belangInPosition
  0.7209, // strongestBelang
  0.3562, // strongestStandpunt
  0.1085, // standpuntCues
  0.1453, // belangCues
  -0.004, // questions
  -0.1551, // clearPosition
  0.3323, // belangReason
  0.7166, // standpuntWhole
  0.2198, // colon
  1.5298, // dash
  1.0677, // afterQuestion
  1.2003, // preferred
  -1.235, // candidates
  0.7354, // standpuntShare
  -0.3347, // belangShare
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
