// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 52260 candidates of 20237 statements of 36707 (3441 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -8.3905;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  3.0953, // markedReason
  0.6595, // connective
  0.8596, // sentence
  0.2077, // position
  -0.1501, // reason
  0.1454, // whole
  -0.1504, // neither
  0.4681, // positionWords
  1.3958, // reasonWords
  -0.7589, // words
  -0.3154, // sentences
  1.0044, // positionFirst
  -0.1192, // standpuntInReason
  -0.2515, // belangInPosition
  0.7424, // strongestBelang
  0.2758, // strongestStandpunt
  0.0826, // standpuntCues
  0.1948, // belangCues
  -0.0953, // questions
  -0.1447, // clearPosition
  0.3465, // belangReason
  0.6853, // standpuntWhole
  0.3164, // colon
  1.4369, // dash
  1.0949, // afterQuestion
  1.3642, // preferred
  -1.0899, // candidates
  0.8692, // standpuntShare
  -0.4986, // belangShare
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
