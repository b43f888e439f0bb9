// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 188116 candidates of 72943 statements of 130944 (13956 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.542;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.238, // markedReason
  0.2796, // connective
  0.0096, // sentence
  0.0964, // position
  0.0249, // reason
  0.1575, // whole
  -0.2117, // neither
  0.5122, // positionWords
  1.2487, // reasonWords
  -0.837, // words
  -0.3187, // sentences
  0.9427, // positionFirst
  -0.012, // standpuntInReason
  -0.001, // belangInPosition
  0.0463, // strongestBelang
  0.2352, // strongestStandpunt
  0.0125, // standpuntCues
  0.1716, // belangCues
  -0.0381, // questions
  0.0462, // clearPosition
  0.0923, // belangReason
  0.0786, // standpuntWhole
  -0.2194, // colon
  0.4131, // dash
  1.1212, // arrow
  0.5511, // reasonBeforeArrow
  0.5469, // afterQuestion
  1.4812, // preferred
  -1.1887, // candidates
  0.9414, // standpuntShare
  0.3549, // belangShare
  0.3566, // reasonClause
  -0.0596, // positionClause
  0.6444, // contrast
  -0.7308, // comma
  -0.0935, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
