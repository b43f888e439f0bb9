// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 33380 candidates of 12541 statements of 22912 (1990 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -9.4172;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  3.0742, // markedReason
  0.7177, // connective
  0.8075, // sentence
  0.2012, // position
  -0.1363, // reason
  0.1016, // whole
  -0.1966, // neither
  0.2403, // positionWords
  1.39, // reasonWords
  -0.2451, // words
  -0.3086, // sentences
  0.896, // positionFirst
  -0.0779, // standpuntInReason
  -0.2668, // belangInPosition
  0.7661, // strongestBelang
  0.3233, // strongestStandpunt
  0.0757, // standpuntCues
  0.0789, // belangCues
  0.1101, // questions
  -0.1715, // clearPosition
  0.3145, // belangReason
  0.6195, // standpuntWhole
  0.3855, // colon
  1.0229, // dash
  0.7555, // afterQuestion
  1.4252, // preferred
  -1.0414, // candidates
  1.0128, // standpuntShare
  -0.3792, // belangShare
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
