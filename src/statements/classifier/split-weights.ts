// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 129298 candidates of 50429 statements of 91368 (9339 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.7805;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.4897, // markedReason
  0.3288, // connective
  0.1321, // sentence
  0.1155, // position
  0.0673, // reason
  0.1736, // whole
  -0.229, // neither
  0.594, // positionWords
  1.4117, // reasonWords
  -0.9382, // words
  -0.4185, // sentences
  1.0837, // positionFirst
  -0.0392, // standpuntInReason
  0.024, // belangInPosition
  0.1417, // strongestBelang
  0.3513, // strongestStandpunt
  0.0163, // standpuntCues
  0.1007, // belangCues
  0.0737, // questions
  0.0492, // clearPosition
  0.1101, // belangReason
  0.4636, // standpuntWhole
  -0.1826, // colon
  0.3793, // dash
  0.9707, // arrow
  0.8791, // reasonBeforeArrow
  0.6657, // afterQuestion
  1.2376, // preferred
  -1.235, // candidates
  0.8497, // standpuntShare
  0.2514, // belangShare
  0.3779, // reasonClause
  -0.0145, // positionClause
  0.5993, // contrast
  -0.8885, // comma
  -0.0684, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
