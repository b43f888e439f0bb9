// biome-ignore-all lint/suspicious/noApproximativeNumericConstant: fitted weights, not constants
// Written by `npm run fit:split` from the development writers' agreed statements: do not edit.
// When a statement with a fitted model is split into a position and its reason, and where: a
// logistic regression over the features of each candidate split (`SPLIT_FEATURES` in split.ts;
// the most probable candidate is taken), on 174029 candidates of 67373 statements of 121525 (12596 mixed), each read by its writer's fold model (npm run fit -- --folds).

/** The fitted bias of the split probability. */
export const SPLIT_BIAS = -6.9307;

/** The fitted weight of each feature of `SPLIT_FEATURES`, in that order. */
export const SPLIT_WEIGHTS: readonly number[] = [
  2.3666, // markedReason
  0.3775, // connective
  0.0415, // sentence
  0.1006, // position
  0.037, // reason
  0.1634, // whole
  -0.2381, // neither
  0.55, // positionWords
  1.2899, // reasonWords
  -0.8024, // words
  -0.3075, // sentences
  0.9909, // positionFirst
  -0.06, // standpuntInReason
  0.0341, // belangInPosition
  0.0182, // strongestBelang
  0.294, // strongestStandpunt
  0.0293, // standpuntCues
  0.1173, // belangCues
  0.03, // questions
  0.1334, // clearPosition
  0.0149, // belangReason
  0.4486, // standpuntWhole
  -0.2208, // colon
  0.3678, // dash
  1.0957, // arrow
  0.6269, // reasonBeforeArrow
  0.6521, // afterQuestion
  1.4252, // preferred
  -1.2067, // candidates
  0.7734, // standpuntShare
  0.4116, // belangShare
  0.395, // reasonClause
  -0.0676, // positionClause
  0.6064, // contrast
  -0.7911, // comma
  -0.0926, // commaContrast
];

/**
 * The probability from which a candidate is split: the one with the best F1 of "split" against
 * "mixed", cross-validated by writer.
 */
export const SPLIT_THRESHOLD = 0.35;
