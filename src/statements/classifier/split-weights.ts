// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 134897 candidates of 52728 statements of 95697 (9781 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.9349;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.4877, // markedReason
  0.3229, // connective
  0.1426, // sentence
  0.0974, // position
  0.0723, // reason
  0.1706, // whole
  -0.2468, // neither
  0.5845, // positionWords
  1.4012, // reasonWords
  -0.9193, // words
  -0.4201, // sentences
  1.0787, // positionFirst
  -0.0455, // standpuntInReason
  0.0256, // belangInPosition
  0.1067, // strongestBelang
  0.3302, // strongestStandpunt
  0.0212, // standpuntCues
  0.1072, // belangCues
  0.0804, // questions
  0.1121, // clearPosition
  0.092, // belangReason
  0.4729, // standpuntWhole
  -0.1745, // colon
  0.4441, // dash
  0.9409, // arrow
  0.8759, // reasonBeforeArrow
  0.6498, // afterQuestion
  1.2373, // preferred
  -1.2311, // candidates
  0.9119, // standpuntShare
  0.3289, // belangShare
  0.3798, // reasonClause
  -0.0239, // positionClause
  0.6022, // contrast
  -0.8863, // comma
  -0.0749, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
