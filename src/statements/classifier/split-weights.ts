// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 112667 candidates of 44263 statements of 80066 (8194 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -7.1741;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.1743, // markedReason
  -0.2282, // connective
  0.2891, // sentence
  0.0926, // position
  0.0588, // reason
  0.1818, // whole
  -0.1662, // neither
  0.6088, // positionWords
  1.4743, // reasonWords
  -0.8962, // words
  -0.4527, // sentences
  1.0895, // positionFirst
  -0.0212, // standpuntInReason
  -0.0087, // belangInPosition
  0.166, // strongestBelang
  0.3771, // strongestStandpunt
  0.0197, // standpuntCues
  0.131, // belangCues
  -0.097, // questions
  -0.001, // clearPosition
  0.0428, // belangReason
  0.3898, // standpuntWhole
  -0.0899, // colon
  0.638, // dash
  1.1021, // arrow
  0.9564, // reasonBeforeArrow
  0.6527, // afterQuestion
  1.2331, // preferred
  -1.2699, // candidates
  1.152, // standpuntShare
  0.0921, // belangShare
  0.5629, // reasonClause
  -0.087, // positionClause
  0.5946, // contrast
  -0.9795, // comma
  -0.0525, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
