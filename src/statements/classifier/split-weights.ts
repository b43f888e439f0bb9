// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 230347 candidates of 90073 statements of 160216 (17706 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.802;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.1993, // markedReason
  0.2773, // connective
  -0.0013, // sentence
  0.1093, // position
  0.0294, // reason
  0.1566, // whole
  -0.2165, // neither
  0.527, // positionWords
  1.2884, // reasonWords
  -0.8423, // words
  -0.288, // sentences
  0.96, // positionFirst
  -0.0297, // standpuntInReason
  0.0216, // belangInPosition
  0.0773, // strongestBelang
  0.2507, // strongestStandpunt
  0.0399, // standpuntCues
  0.1512, // belangCues
  -0.0554, // questions
  -0.0228, // clearPosition
  0.0891, // belangReason
  0.1103, // standpuntWhole
  -0.2524, // colon
  0.458, // dash
  1.2662, // arrow
  0.4569, // reasonBeforeArrow
  0.4871, // afterQuestion
  1.472, // preferred
  -1.2226, // candidates
  0.9488, // standpuntShare
  0.5397, // belangShare
  0.3447, // reasonClause
  -0.1057, // positionClause
  0.6411, // contrast
  -0.6713, // comma
  -0.0958, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
