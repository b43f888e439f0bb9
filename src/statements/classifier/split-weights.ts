// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 217974 candidates of 84962 statements of 151647 (16659 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.9267;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.2304, // markedReason
  0.289, // connective
  0.0374, // sentence
  0.0905, // position
  0.0371, // reason
  0.1552, // whole
  -0.216, // neither
  0.5247, // positionWords
  1.2855, // reasonWords
  -0.8135, // words
  -0.3465, // sentences
  0.9758, // positionFirst
  -0.0106, // standpuntInReason
  -0.0174, // belangInPosition
  0.0425, // strongestBelang
  0.2541, // strongestStandpunt
  0.0433, // standpuntCues
  0.1654, // belangCues
  -0.0354, // questions
  0.0042, // clearPosition
  0.1079, // belangReason
  0.077, // standpuntWhole
  -0.2435, // colon
  0.4495, // dash
  1.2258, // arrow
  0.5232, // reasonBeforeArrow
  0.5155, // afterQuestion
  1.5028, // preferred
  -1.167, // candidates
  0.9579, // standpuntShare
  0.4125, // belangShare
  0.3734, // reasonClause
  -0.0774, // positionClause
  0.6416, // contrast
  -0.6932, // comma
  -0.0895, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
