// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 134894 candidates of 52727 statements of 95697 (9781 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.9474;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.4853, // markedReason
  0.3236, // connective
  0.1418, // sentence
  0.0991, // position
  0.0719, // reason
  0.1702, // whole
  -0.2468, // neither
  0.5769, // positionWords
  1.4003, // reasonWords
  -0.9123, // words
  -0.4191, // sentences
  1.0796, // positionFirst
  -0.0451, // standpuntInReason
  0.0257, // belangInPosition
  0.1068, // strongestBelang
  0.3285, // strongestStandpunt
  0.0203, // standpuntCues
  0.1076, // belangCues
  0.0834, // questions
  0.1012, // clearPosition
  0.1012, // belangReason
  0.4851, // standpuntWhole
  -0.1748, // colon
  0.4427, // dash
  0.9415, // arrow
  0.8781, // reasonBeforeArrow
  0.6458, // afterQuestion
  1.2398, // preferred
  -1.2301, // candidates
  0.9195, // standpuntShare
  0.3204, // belangShare
  0.3793, // reasonClause
  -0.0245, // positionClause
  0.6002, // contrast
  -0.8854, // comma
  -0.0762, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
