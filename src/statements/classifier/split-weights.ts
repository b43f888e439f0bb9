// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 73784 candidates of 28810 statements of 51422 (5000 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -8.2236;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  3.0805, // markedReason
  0.65, // connective
  0.8486, // sentence
  0.1902, // position
  -0.1481, // reason
  0.1445, // whole
  -0.1706, // neither
  0.5633, // positionWords
  1.5331, // reasonWords
  -0.8857, // words
  -0.2685, // sentences
  1.0319, // positionFirst
  -0.2191, // standpuntInReason
  -0.2743, // belangInPosition
  0.6915, // strongestBelang
  0.3097, // strongestStandpunt
  0.1009, // standpuntCues
  0.1672, // belangCues
  0.0139, // questions
  -0.1155, // clearPosition
  0.2857, // belangReason
  0.722, // standpuntWhole
  0.1751, // colon
  1.4993, // dash
  1.0409, // afterQuestion
  1.2096, // preferred
  -1.262, // candidates
  0.8878, // standpuntShare
  -0.3391, // belangShare
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
