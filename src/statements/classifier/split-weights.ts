// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 212070 candidates of 82510 statements of 147346 (16081 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.9967;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.2395, // markedReason
  0.289, // connective
  0.0384, // sentence
  0.0998, // position
  0.0316, // reason
  0.1561, // whole
  -0.2192, // neither
  0.5241, // positionWords
  1.2755, // reasonWords
  -0.8085, // words
  -0.338, // sentences
  0.9896, // positionFirst
  -0.0057, // standpuntInReason
  -0.0113, // belangInPosition
  0.0811, // strongestBelang
  0.2412, // strongestStandpunt
  0.0266, // standpuntCues
  0.1652, // belangCues
  -0.051, // questions
  -0.0622, // clearPosition
  0.1258, // belangReason
  0.1514, // standpuntWhole
  -0.2322, // colon
  0.4568, // dash
  1.1998, // arrow
  0.6013, // reasonBeforeArrow
  0.5101, // afterQuestion
  1.5245, // preferred
  -1.163, // candidates
  1.0175, // standpuntShare
  0.3943, // belangShare
  0.3653, // reasonClause
  -0.0752, // positionClause
  0.6334, // contrast
  -0.6878, // comma
  -0.0932, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
