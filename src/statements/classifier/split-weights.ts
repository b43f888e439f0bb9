// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 221931 candidates of 86733 statements of 155085 (17077 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.8133;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.2038, // markedReason
  0.272, // connective
  -0.0077, // sentence
  0.1073, // position
  0.025, // reason
  0.1532, // whole
  -0.214, // neither
  0.5008, // positionWords
  1.2641, // reasonWords
  -0.8082, // words
  -0.286, // sentences
  0.9666, // positionFirst
  -0.0394, // standpuntInReason
  0.0224, // belangInPosition
  0.0533, // strongestBelang
  0.2483, // strongestStandpunt
  0.046, // standpuntCues
  0.1614, // belangCues
  -0.0535, // questions
  -0.0006, // clearPosition
  0.0563, // belangReason
  0.143, // standpuntWhole
  -0.242, // colon
  0.48, // dash
  1.2096, // arrow
  0.4999, // reasonBeforeArrow
  0.4786, // afterQuestion
  1.4434, // preferred
  -1.2174, // candidates
  0.9198, // standpuntShare
  0.5472, // belangShare
  0.3543, // reasonClause
  -0.0856, // positionClause
  0.6412, // contrast
  -0.6786, // comma
  -0.0937, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
