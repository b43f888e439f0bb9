// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 102281 candidates of 39884 statements of 71353 (7252 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.7959;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.2328, // markedReason
  -0.1893, // connective
  0.1924, // sentence
  0.0959, // position
  0.0747, // reason
  0.1603, // whole
  -0.1555, // neither
  0.6141, // positionWords
  1.4707, // reasonWords
  -0.963, // words
  -0.3914, // sentences
  1.1298, // positionFirst
  -0.0219, // standpuntInReason
  -0.0166, // belangInPosition
  0.1344, // strongestBelang
  0.4456, // strongestStandpunt
  0.0508, // standpuntCues
  0.0882, // belangCues
  -0.0153, // questions
  0.0131, // clearPosition
  0.1088, // belangReason
  0.5158, // standpuntWhole
  -0.0042, // colon
  0.6607, // dash
  1.1599, // arrow
  1.1472, // reasonBeforeArrow
  0.7373, // afterQuestion
  1.1958, // preferred
  -1.2437, // candidates
  0.8206, // standpuntShare
  0.16, // belangShare
  0.545, // reasonClause
  -0.0492, // positionClause
  0.7064, // contrast
  -0.9731, // comma
  -0.0426, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
