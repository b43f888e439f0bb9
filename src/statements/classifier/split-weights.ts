// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 102283 candidates of 39879 statements of 71353 (7252 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.7723;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.2243, // markedReason
  -0.1996, // connective
  0.1986, // sentence
  0.0941, // position
  0.0766, // reason
  0.165, // whole
  -0.1553, // neither
  0.6005, // positionWords
  1.4475, // reasonWords
  -0.9268, // words
  -0.3929, // sentences
  1.1266, // positionFirst
  -0.0239, // standpuntInReason
  -0.0157, // belangInPosition
  0.1433, // strongestBelang
  0.4519, // strongestStandpunt
  0.0481, // standpuntCues
  0.0873, // belangCues
  -0.0154, // questions
  0.0144, // clearPosition
  0.083, // belangReason
  0.4729, // standpuntWhole
  -0.0083, // colon
  0.6457, // dash
  1.1765, // arrow
  1.1446, // reasonBeforeArrow
  0.7271, // afterQuestion
  1.2019, // preferred
  -1.2358, // candidates
  0.8023, // standpuntShare
  0.1556, // belangShare
  0.549, // reasonClause
  -0.0529, // positionClause
  0.7187, // contrast
  -0.9732, // comma
  -0.0405, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
