// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 203621 candidates of 79020 statements of 141330 (15317 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.8055;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.2467, // markedReason
  0.3254, // connective
  0.0485, // sentence
  0.0942, // position
  0.0309, // reason
  0.1584, // whole
  -0.2098, // neither
  0.4848, // positionWords
  1.2662, // reasonWords
  -0.7885, // words
  -0.332, // sentences
  0.956, // positionFirst
  -0.0055, // standpuntInReason
  0.0019, // belangInPosition
  0.0777, // strongestBelang
  0.2443, // strongestStandpunt
  0.0314, // standpuntCues
  0.1558, // belangCues
  -0.0572, // questions
  0.0148, // clearPosition
  0.1304, // belangReason
  0.1131, // standpuntWhole
  -0.2696, // colon
  0.464, // dash
  1.1804, // arrow
  0.5292, // reasonBeforeArrow
  0.4959, // afterQuestion
  1.4591, // preferred
  -1.1887, // candidates
  0.9822, // standpuntShare
  0.4049, // belangShare
  0.3662, // reasonClause
  -0.0666, // positionClause
  0.6415, // contrast
  -0.7173, // comma
  -0.0843, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
