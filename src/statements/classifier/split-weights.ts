// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 224560 candidates of 87819 statements of 156795 (17303 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.7076;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.2055, // markedReason
  0.2848, // connective
  0.0074, // sentence
  0.1077, // position
  0.0291, // reason
  0.1602, // whole
  -0.2149, // neither
  0.4916, // positionWords
  1.2636, // reasonWords
  -0.8108, // words
  -0.2975, // sentences
  0.9672, // positionFirst
  -0.0326, // standpuntInReason
  0.0138, // belangInPosition
  0.0406, // strongestBelang
  0.2499, // strongestStandpunt
  0.0446, // standpuntCues
  0.1609, // belangCues
  -0.0382, // questions
  -0.0132, // clearPosition
  0.0952, // belangReason
  0.0903, // standpuntWhole
  -0.2459, // colon
  0.4666, // dash
  1.2239, // arrow
  0.4744, // reasonBeforeArrow
  0.4962, // afterQuestion
  1.4173, // preferred
  -1.2236, // candidates
  0.9332, // standpuntShare
  0.5078, // belangShare
  0.3515, // reasonClause
  -0.0905, // positionClause
  0.6427, // contrast
  -0.6872, // comma
  -0.0926, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
