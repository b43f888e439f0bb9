// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 138061 candidates of 53601 statements of 97432 (9961 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.8969;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.389, // markedReason
  0.3262, // connective
  0.114, // sentence
  0.1183, // position
  0.052, // reason
  0.1583, // whole
  -0.2445, // neither
  0.5839, // positionWords
  1.3512, // reasonWords
  -0.8259, // words
  -0.4167, // sentences
  1.011, // positionFirst
  -0.0792, // standpuntInReason
  0.007, // belangInPosition
  0.069, // strongestBelang
  0.3966, // strongestStandpunt
  0.0409, // standpuntCues
  0.1056, // belangCues
  0.0822, // questions
  0.0656, // clearPosition
  0.056, // belangReason
  0.4035, // standpuntWhole
  -0.2051, // colon
  0.4207, // dash
  0.9411, // arrow
  0.818, // reasonBeforeArrow
  0.6512, // afterQuestion
  1.2696, // preferred
  -1.2787, // candidates
  0.7969, // standpuntShare
  0.3849, // belangShare
  0.3997, // reasonClause
  -0.0195, // positionClause
  0.5937, // contrast
  -0.8861, // comma
  -0.1071, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
