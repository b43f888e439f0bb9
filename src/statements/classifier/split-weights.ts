// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 46476 candidates of 17828 statements of 32415 (2991 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -8.7645;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  3.1451, // markedReason
  0.7664, // connective
  0.8381, // sentence
  0.1982, // position
  -0.1465, // reason
  0.1342, // whole
  -0.1685, // neither
  0.3628, // positionWords
  1.4125, // reasonWords
  -0.5882, // words
  -0.3033, // sentences
  0.9187, // positionFirst
  -0.1179, // standpuntInReason
  -0.2535, // belangInPosition
  0.7607, // strongestBelang
  0.338, // strongestStandpunt
  0.1073, // standpuntCues
  0.1448, // belangCues
  -0.0409, // questions
  -0.1412, // clearPosition
  0.4044, // belangReason
  0.6891, // standpuntWhole
  0.3088, // colon
  1.4769, // dash
  1.0099, // afterQuestion
  1.3938, // preferred
  -1.0909, // candidates
  0.7851, // standpuntShare
  -0.4275, // belangShare
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
