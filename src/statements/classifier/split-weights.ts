// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 182810 candidates of 70881 statements of 127518 (13468 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.4368;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.2437, // markedReason
  0.2843, // connective
  -0.0295, // sentence
  0.099, // position
  0.029, // reason
  0.1599, // whole
  -0.2118, // neither
  0.4868, // positionWords
  1.2544, // reasonWords
  -0.8425, // words
  -0.3137, // sentences
  0.9325, // positionFirst
  -0.0116, // standpuntInReason
  -0.0032, // belangInPosition
  0.051, // strongestBelang
  0.2344, // strongestStandpunt
  0.0109, // standpuntCues
  0.1721, // belangCues
  -0.0199, // questions
  0.0043, // clearPosition
  0.1425, // belangReason
  0.0803, // standpuntWhole
  -0.2036, // colon
  0.3757, // dash
  1.1403, // arrow
  0.5286, // reasonBeforeArrow
  0.5829, // afterQuestion
  1.458, // preferred
  -1.2163, // candidates
  0.9773, // standpuntShare
  0.3295, // belangShare
  0.3545, // reasonClause
  -0.0586, // positionClause
  0.645, // contrast
  -0.7377, // comma
  -0.0988, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
