// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 120394 candidates of 47049 statements of 85285 (8714 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.633;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.5572, // markedReason
  0.3604, // connective
  0.1347, // sentence
  0.1066, // position
  0.0573, // reason
  0.1633, // whole
  -0.2227, // neither
  0.7135, // positionWords
  1.354, // reasonWords
  -1.0024, // words
  -0.4201, // sentences
  1.0971, // positionFirst
  -0.0102, // standpuntInReason
  0.0146, // belangInPosition
  0.1156, // strongestBelang
  0.4033, // strongestStandpunt
  -0.0019, // standpuntCues
  0.0925, // belangCues
  0.0137, // questions
  0.0503, // clearPosition
  0.0467, // belangReason
  0.4263, // standpuntWhole
  -0.1869, // colon
  0.4106, // dash
  1.0035, // arrow
  0.831, // reasonBeforeArrow
  0.7412, // afterQuestion
  1.1661, // preferred
  -1.2127, // candidates
  0.8641, // standpuntShare
  0.3434, // belangShare
  0.3745, // reasonClause
  -0.0196, // positionClause
  0.5999, // contrast
  -0.8785, // comma
  -0.0562, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
