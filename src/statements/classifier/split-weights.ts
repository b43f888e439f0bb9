// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 94889 candidates of 37505 statements of 67001 (6748 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.7904;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.3036, // markedReason
  -0.2405, // connective
  0.2155, // sentence
  0.1003, // position
  0.0904, // reason
  0.1594, // whole
  -0.1444, // neither
  0.649, // positionWords
  1.5344, // reasonWords
  -0.8697, // words
  -0.4157, // sentences
  1.1923, // positionFirst
  -0.0524, // standpuntInReason
  -0.0611, // belangInPosition
  0.2955, // strongestBelang
  0.2632, // strongestStandpunt
  0.0324, // standpuntCues
  0.0606, // belangCues
  -0.0537, // questions
  0.0448, // clearPosition
  0.1088, // belangReason
  0.6039, // standpuntWhole
  0.0147, // colon
  0.5087, // dash
  1.127, // arrow
  1.5226, // reasonBeforeArrow
  0.8698, // afterQuestion
  1.1252, // preferred
  -1.2718, // candidates
  0.7361, // standpuntShare
  -0.0898, // belangShare
  0.5656, // reasonClause
  -0.0322, // positionClause
  0.7062, // contrast
  -0.9352, // comma
  -0.0241, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
