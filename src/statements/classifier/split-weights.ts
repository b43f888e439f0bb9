// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 159275 candidates of 61895 statements of 112092 (11525 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.9148;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.3789, // markedReason
  0.3094, // connective
  0.0807, // sentence
  0.1036, // position
  0.0459, // reason
  0.1535, // whole
  -0.2362, // neither
  0.5546, // positionWords
  1.3622, // reasonWords
  -0.8409, // words
  -0.3692, // sentences
  1.0096, // positionFirst
  -0.0693, // standpuntInReason
  0.0293, // belangInPosition
  0.0328, // strongestBelang
  0.3329, // strongestStandpunt
  0.0225, // standpuntCues
  0.1155, // belangCues
  0.075, // questions
  0.1308, // clearPosition
  0.049, // belangReason
  0.4635, // standpuntWhole
  -0.2259, // colon
  0.3848, // dash
  0.9979, // arrow
  0.7557, // reasonBeforeArrow
  0.6754, // afterQuestion
  1.3643, // preferred
  -1.2643, // candidates
  0.8362, // standpuntShare
  0.4173, // belangShare
  0.3966, // reasonClause
  -0.041, // positionClause
  0.6022, // contrast
  -0.8186, // comma
  -0.1023, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
