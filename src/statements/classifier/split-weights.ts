// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 91661 candidates of 35713 statements of 63513 (6290 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -9.0966;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  3.1078, // markedReason
  0.5686, // connective
  0.7808, // sentence
  0.178, // position
  -0.1061, // reason
  0.1414, // whole
  -0.1625, // neither
  0.668, // positionWords
  1.5367, // reasonWords
  -0.7519, // words
  -0.2116, // sentences
  1.2089, // positionFirst
  -0.2955, // standpuntInReason
  -0.3099, // belangInPosition
  0.5641, // strongestBelang
  0.3269, // strongestStandpunt
  0.0669, // standpuntCues
  0.1759, // belangCues
  0.0631, // questions
  -0.0467, // clearPosition
  0.3533, // belangReason
  0.7864, // standpuntWhole
  0.1419, // colon
  1.1915, // dash
  1.1564, // arrow
  1.9584, // reasonBeforeArrow
  0.9462, // afterQuestion
  1.2157, // preferred
  -1.2293, // candidates
  0.9589, // standpuntShare
  -0.2929, // belangShare
  0.556, // reasonClause
  -0.0029, // positionClause
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
