// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 107486 candidates of 41793 statements of 74846 (7622 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -7.1436;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.1869, // markedReason
  -0.268, // connective
  0.2186, // sentence
  0.1007, // position
  0.055, // reason
  0.1687, // whole
  -0.1604, // neither
  0.6253, // positionWords
  1.4314, // reasonWords
  -0.9054, // words
  -0.3947, // sentences
  1.0796, // positionFirst
  -0.02, // standpuntInReason
  0.0022, // belangInPosition
  0.1474, // strongestBelang
  0.4494, // strongestStandpunt
  0.0167, // standpuntCues
  0.1163, // belangCues
  -0.0818, // questions
  -0.0263, // clearPosition
  0.0895, // belangReason
  0.5288, // standpuntWhole
  -0.0216, // colon
  0.6623, // dash
  1.0907, // arrow
  1.1786, // reasonBeforeArrow
  0.72, // afterQuestion
  1.2543, // preferred
  -1.2364, // candidates
  1.0248, // standpuntShare
  0.1718, // belangShare
  0.547, // reasonClause
  -0.0506, // positionClause
  0.6346, // contrast
  -0.968, // comma
  -0.0468, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
