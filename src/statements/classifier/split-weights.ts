// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 131680 candidates of 51386 statements of 93105 (9515 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.8745;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.4769, // markedReason
  0.3371, // connective
  0.1425, // sentence
  0.1152, // position
  0.0562, // reason
  0.1669, // whole
  -0.2404, // neither
  0.6085, // positionWords
  1.3817, // reasonWords
  -0.93, // words
  -0.4258, // sentences
  1.0838, // positionFirst
  -0.0335, // standpuntInReason
  0.0161, // belangInPosition
  0.1038, // strongestBelang
  0.3536, // strongestStandpunt
  0.0246, // standpuntCues
  0.0979, // belangCues
  0.0529, // questions
  0.0001, // clearPosition
  0.1039, // belangReason
  0.5047, // standpuntWhole
  -0.196, // colon
  0.4031, // dash
  0.9629, // arrow
  0.8708, // reasonBeforeArrow
  0.6814, // afterQuestion
  1.2276, // preferred
  -1.2342, // candidates
  0.9162, // standpuntShare
  0.3304, // belangShare
  0.3672, // reasonClause
  -0.0082, // positionClause
  0.5902, // contrast
  -0.9022, // comma
  -0.0736, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.3;
