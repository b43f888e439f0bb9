// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 85431 candidates of 33291 statements of 59216 (5833 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -8.6978;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  3.0922, // markedReason
  0.6656, // connective
  0.8048, // sentence
  0.1888, // position
  -0.1213, // reason
  0.1512, // whole
  -0.178, // neither
  0.6366, // positionWords
  1.5799, // reasonWords
  -0.8483, // words
  -0.2312, // sentences
  1.0563, // positionFirst
  -0.2222, // standpuntInReason
  -0.2735, // belangInPosition
  0.6696, // strongestBelang
  0.2994, // strongestStandpunt
  0.0755, // standpuntCues
  0.1626, // belangCues
  0.0208, // questions
  -0.1558, // clearPosition
  0.3636, // belangReason
  0.7821, // standpuntWhole
  0.1811, // colon
  1.1647, // dash
  0.9937, // arrow
  1.8935, // reasonBeforeArrow
  1.0506, // afterQuestion
  1.2488, // preferred
  -1.289, // candidates
  1.0183, // standpuntShare
  -0.2433, // belangShare
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
