// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 141493 candidates of 54979 statements of 100031 (10236 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.8669;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.4081, // markedReason
  0.354, // connective
  0.1345, // sentence
  0.1195, // position
  0.0475, // reason
  0.1583, // whole
  -0.2458, // neither
  0.5746, // positionWords
  1.3722, // reasonWords
  -0.8253, // words
  -0.4302, // sentences
  1.0043, // positionFirst
  -0.0756, // standpuntInReason
  0.0203, // belangInPosition
  0.0439, // strongestBelang
  0.3792, // strongestStandpunt
  0.0171, // standpuntCues
  0.0957, // belangCues
  0.0968, // questions
  0.0813, // clearPosition
  0.0388, // belangReason
  0.421, // standpuntWhole
  -0.19, // colon
  0.4243, // dash
  0.9131, // arrow
  0.7951, // reasonBeforeArrow
  0.6581, // afterQuestion
  1.2905, // preferred
  -1.2748, // candidates
  0.8275, // standpuntShare
  0.4312, // belangShare
  0.4118, // reasonClause
  -0.0165, // positionClause
  0.5951, // contrast
  -0.873, // comma
  -0.1063, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
