// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 128235 candidates of 49977 statements of 90494 (9254 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.7934;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.4845, // markedReason
  0.3167, // connective
  0.1357, // sentence
  0.1155, // position
  0.0552, // reason
  0.1672, // whole
  -0.2324, // neither
  0.6423, // positionWords
  1.3743, // reasonWords
  -0.9536, // words
  -0.4184, // sentences
  1.0785, // positionFirst
  -0.0435, // standpuntInReason
  0.0253, // belangInPosition
  0.1335, // strongestBelang
  0.3529, // strongestStandpunt
  0.0184, // standpuntCues
  0.1115, // belangCues
  0.0487, // questions
  0.0111, // clearPosition
  0.0039, // belangReason
  0.4919, // standpuntWhole
  -0.1773, // colon
  0.4187, // dash
  0.9513, // arrow
  0.8692, // reasonBeforeArrow
  0.6993, // afterQuestion
  1.2233, // preferred
  -1.236, // candidates
  0.876, // standpuntShare
  0.3198, // belangShare
  0.3722, // reasonClause
  -0.0186, // positionClause
  0.5992, // contrast
  -0.8857, // comma
  -0.073, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
