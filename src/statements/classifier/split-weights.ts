// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 89088 candidates of 34698 statements of 61788 (6107 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -8.6905;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  3.0991, // markedReason
  0.5709, // connective
  0.8328, // sentence
  0.1844, // position
  -0.1233, // reason
  0.1428, // whole
  -0.1861, // neither
  0.6844, // positionWords
  1.5091, // reasonWords
  -0.8419, // words
  -0.2327, // sentences
  1.1379, // positionFirst
  -0.2536, // standpuntInReason
  -0.2961, // belangInPosition
  0.6251, // strongestBelang
  0.3389, // strongestStandpunt
  0.0493, // standpuntCues
  0.1958, // belangCues
  0.0336, // questions
  -0.0942, // clearPosition
  0.3137, // belangReason
  0.7681, // standpuntWhole
  0.1468, // colon
  1.149, // dash
  0.9692, // arrow
  1.923, // reasonBeforeArrow
  1.047, // afterQuestion
  1.2308, // preferred
  -1.2647, // candidates
  1.0184, // standpuntShare
  -0.2839, // belangShare
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
