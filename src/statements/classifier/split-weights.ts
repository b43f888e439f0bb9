// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 154421 candidates of 59947 statements of 108634 (11159 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.9881;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.3902, // markedReason
  0.3132, // connective
  0.0839, // sentence
  0.1108, // position
  0.0461, // reason
  0.1576, // whole
  -0.2367, // neither
  0.5512, // positionWords
  1.3377, // reasonWords
  -0.8247, // words
  -0.3652, // sentences
  1.0126, // positionFirst
  -0.0681, // standpuntInReason
  0.0357, // belangInPosition
  0.0438, // strongestBelang
  0.3291, // strongestStandpunt
  0.0267, // standpuntCues
  0.118, // belangCues
  0.0773, // questions
  0.0628, // clearPosition
  0.0178, // belangReason
  0.4597, // standpuntWhole
  -0.2227, // colon
  0.4014, // dash
  0.9545, // arrow
  0.8255, // reasonBeforeArrow
  0.6452, // afterQuestion
  1.3906, // preferred
  -1.2441, // candidates
  0.8783, // standpuntShare
  0.4481, // belangShare
  0.401, // reasonClause
  -0.0297, // positionClause
  0.599, // contrast
  -0.8411, // comma
  -0.0957, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
