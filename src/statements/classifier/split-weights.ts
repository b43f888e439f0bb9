// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 215552 candidates of 83957 statements of 149924 (16381 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.9447;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.24, // markedReason
  0.2807, // connective
  0.0194, // sentence
  0.0884, // position
  0.035, // reason
  0.1525, // whole
  -0.2155, // neither
  0.5082, // positionWords
  1.2701, // reasonWords
  -0.7952, // words
  -0.3362, // sentences
  0.9764, // positionFirst
  -0.0079, // standpuntInReason
  -0.0122, // belangInPosition
  0.0735, // strongestBelang
  0.2485, // strongestStandpunt
  0.0284, // standpuntCues
  0.1655, // belangCues
  -0.0514, // questions
  0.0361, // clearPosition
  0.1136, // belangReason
  0.1046, // standpuntWhole
  -0.2193, // colon
  0.4498, // dash
  1.2209, // arrow
  0.5385, // reasonBeforeArrow
  0.5091, // afterQuestion
  1.5183, // preferred
  -1.1566, // candidates
  0.9988, // standpuntShare
  0.3887, // belangShare
  0.3628, // reasonClause
  -0.0742, // positionClause
  0.6357, // contrast
  -0.6916, // comma
  -0.0936, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
