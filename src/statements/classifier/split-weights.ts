// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 232844 candidates of 91105 statements of 161880 (17935 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.7778;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.1971, // markedReason
  0.2793, // connective
  -0.0003, // sentence
  0.1077, // position
  0.032, // reason
  0.1559, // whole
  -0.2154, // neither
  0.5107, // positionWords
  1.2761, // reasonWords
  -0.8383, // words
  -0.2851, // sentences
  0.9669, // positionFirst
  -0.0258, // standpuntInReason
  0.0169, // belangInPosition
  0.0715, // strongestBelang
  0.2455, // strongestStandpunt
  0.0451, // standpuntCues
  0.1596, // belangCues
  -0.0314, // questions
  -0.0095, // clearPosition
  0.1072, // belangReason
  0.1158, // standpuntWhole
  -0.2674, // colon
  0.4459, // dash
  1.2782, // arrow
  0.4848, // reasonBeforeArrow
  0.4495, // afterQuestion
  1.4669, // preferred
  -1.2229, // candidates
  0.9416, // standpuntShare
  0.4903, // belangShare
  0.352, // reasonClause
  -0.0939, // positionClause
  0.6427, // contrast
  -0.6668, // comma
  -0.0998, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
