// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 129278 candidates of 50423 statements of 91368 (9339 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.7562;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.4924, // markedReason
  0.3273, // connective
  0.1376, // sentence
  0.1224, // position
  0.0662, // reason
  0.1713, // whole
  -0.229, // neither
  0.5925, // positionWords
  1.3972, // reasonWords
  -0.9296, // words
  -0.4165, // sentences
  1.081, // positionFirst
  -0.0393, // standpuntInReason
  0.0238, // belangInPosition
  0.1236, // strongestBelang
  0.35, // strongestStandpunt
  0.016, // standpuntCues
  0.1036, // belangCues
  0.076, // questions
  0.0287, // clearPosition
  0.1306, // belangReason
  0.4881, // standpuntWhole
  -0.1801, // colon
  0.3893, // dash
  0.9568, // arrow
  0.904, // reasonBeforeArrow
  0.6626, // afterQuestion
  1.2225, // preferred
  -1.248, // candidates
  0.8239, // standpuntShare
  0.2553, // belangShare
  0.3789, // reasonClause
  -0.013, // positionClause
  0.5962, // contrast
  -0.8851, // comma
  -0.069, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
