// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 114679 candidates of 44590 statements of 80066 (8194 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -7.1757;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.1814, // markedReason
  -0.2254, // connective
  0.2933, // sentence
  0.0907, // position
  0.0568, // reason
  0.1825, // whole
  -0.1657, // neither
  0.6201, // positionWords
  1.4637, // reasonWords
  -0.8945, // words
  -0.4498, // sentences
  1.0953, // positionFirst
  -0.0224, // standpuntInReason
  -0.006, // belangInPosition
  0.1461, // strongestBelang
  0.3804, // strongestStandpunt
  0.0176, // standpuntCues
  0.1301, // belangCues
  -0.0982, // questions
  0.019, // clearPosition
  0.0426, // belangReason
  0.3724, // standpuntWhole
  -0.0892, // colon
  0.6256, // dash
  1.1376, // arrow
  0.9316, // reasonBeforeArrow
  0.6478, // afterQuestion
  1.2442, // preferred
  -1.2656, // candidates
  1.1316, // standpuntShare
  0.108, // belangShare
  0.5644, // reasonClause
  -0.0867, // positionClause
  0.594, // contrast
  -0.9808, // comma
  -0.0493, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
