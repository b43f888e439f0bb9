// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 199016 candidates of 77080 statements of 137911 (14860 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.7037;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.23, // markedReason
  0.286, // connective
  0.01, // sentence
  0.0964, // position
  0.0224, // reason
  0.1585, // whole
  -0.211, // neither
  0.5211, // positionWords
  1.2283, // reasonWords
  -0.8107, // words
  -0.3227, // sentences
  0.9649, // positionFirst
  -0.0085, // standpuntInReason
  0.0013, // belangInPosition
  0.0469, // strongestBelang
  0.2488, // strongestStandpunt
  0.0375, // standpuntCues
  0.1628, // belangCues
  -0.0474, // questions
  -0.0088, // clearPosition
  0.0959, // belangReason
  0.0982, // standpuntWhole
  -0.248, // colon
  0.4423, // dash
  1.1802, // arrow
  0.5198, // reasonBeforeArrow
  0.5192, // afterQuestion
  1.4885, // preferred
  -1.1775, // candidates
  0.8658, // standpuntShare
  0.433, // belangShare
  0.3542, // reasonClause
  -0.0682, // positionClause
  0.6479, // contrast
  -0.73, // comma
  -0.0929, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
