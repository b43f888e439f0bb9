// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 177892 candidates of 68839 statements of 124060 (12973 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.4224;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.264, // markedReason
  0.2905, // connective
  -0.0178, // sentence
  0.095, // position
  0.0282, // reason
  0.1605, // whole
  -0.2233, // neither
  0.4588, // positionWords
  1.26, // reasonWords
  -0.8342, // words
  -0.3179, // sentences
  0.9574, // positionFirst
  -0.0128, // standpuntInReason
  -0.0103, // belangInPosition
  0.081, // strongestBelang
  0.2349, // strongestStandpunt
  0.0219, // standpuntCues
  0.1578, // belangCues
  0.0175, // questions
  0.0012, // clearPosition
  0.116, // belangReason
  0.0691, // standpuntWhole
  -0.1993, // colon
  0.3664, // dash
  1.0895, // arrow
  0.6004, // reasonBeforeArrow
  0.5408, // afterQuestion
  1.4043, // preferred
  -1.2121, // candidates
  1.0441, // standpuntShare
  0.3198, // belangShare
  0.3351, // reasonClause
  -0.0742, // positionClause
  0.6437, // contrast
  -0.751, // comma
  -0.0944, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
