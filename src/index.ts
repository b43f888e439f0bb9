/**
 * samenwerken: a typed core for collaboration in networks.
 *
 * @packageDocumentation
 */

// Languages: the built-in packs, the pack contract, detection
export { isLang, LANGS, type Lang, type LangOption } from "./lang";
export type {
  ChartWords,
  CliWords,
  CompoundRules,
  CueFamily,
  DetectionPart,
  FamiliesPart,
  IssueDetails,
  LabelsPart,
  LanguagePack,
  ConceptsPart,
  ConceptVocabulary,
  LensesPart,
  LevelsPart,
  LevelTemplates,
  LexiconSource,
  MessagesPart,
  MorphologyPart,
  ReportWords,
  RoleWords,
  StarterPartner,
  StarterWords,
  StatementsPart,
  SubjectWords,
  ThemesPart,
  WhyPart,
} from "./lang/types";
export { cueFamilyLabel } from "./statements/families";
export { detectLanguage } from "./statements/language";

// Concepts
export { BRIL_TEXT, BRILLEN, type Bril, BrilSchema, type ConceptText, isBril } from "./model/bril";
export { isNiveau, NIVEAU_TEXT, NIVEAUS, type Niveau, NiveauSchema } from "./model/niveau";

// The model
export { type Partner, PartnerSchema } from "./model/partner";
export { type Belang, BelangSchema, MAX_WEIGHT } from "./model/belang";
export { type Standpunt, StandpuntSchema } from "./model/standpunt";
export { type Voorstel, VoorstelSchema } from "./model/voorstel";
export {
  latestReacties,
  type Reactie,
  ReactieSchema,
  STANCES,
  type Stance,
} from "./model/reactie";
export {
  type AmbitionContent,
  AmbitionContentSchema,
  type AmbitionDiff,
  type AmbitionPatch,
  AmbitionPatchSchema,
  type AmbitionRecipe,
  type AmbitionRevision,
  AmbitionRevisionSchema,
  type AmbitionSnapshot,
  ambitionAt,
  type CreateAmbitionInput,
  createAmbition,
  diffAmbition,
  type Endorsement,
  EndorsementSchema,
  endorseAmbition,
  type ReviseOptions,
  reviseAmbition,
  type SharedAmbition,
  SharedAmbitionSchema,
  withdrawEndorsement,
} from "./model/ambition";
export {
  type ParseOptions,
  parseSamenwerking,
  type SafeParseResult,
  type Samenwerking,
  SamenwerkingSchema,
  safeParseSamenwerking,
  safeParseSamenwerkingJson,
  samenwerkingJsonSchema,
  serializeSamenwerking,
} from "./model/samenwerking";
export { type Ownership, ownership } from "./model/ownership";
export { exampleSamenwerking } from "./model/example";
export {
  type FormatIssuesOptions,
  formatIssues,
  ISSUE_CODES,
  ISSUE_MESSAGES,
  type IssueCode,
  isSamenwerkingError,
  SamenwerkingError,
  type SamenwerkingIssue,
} from "./model/errors";

// Statements: classifier, lens and level detection, why-questions (issue: statements)
// -- statements:begin --
export {
  type ClassifyOptions,
  type Cue,
  classifyStatement,
  classifyStatements,
  type Segment,
  type StatementClassification,
  type StatementKind,
} from "./statements/classify";
export {
  type CueChanges,
  type CueInput,
  type CueLexicon,
  extendLexicon,
  type LanguageCueChanges,
  type LensCueInput,
  type LevelCueInput,
  type ConceptCueInput,
  type LexiconExtension,
  type StatementCueInput,
} from "./statements/lexicon";
export type { DetectedCue, DetectOptions } from "./statements/detect";
export { type BrilDetection, type BrilScore, detectBrillen } from "./statements/detect-bril";
export { detectNiveau, type NiveauDetection, type NiveauScore } from "./statements/detect-niveau";
export {
  type WhyQuestion,
  type WhyQuestionsOptions,
  whyQuestions,
} from "./statements/why-questions";
// -- statements:end --

// Analyses: themes, coverage, lens profile, win-win (issue: analyses)
// -- analyses:begin --
export {
  normalizeTheme,
  type ThemeOptions,
  type ThemeSource,
  themesOf,
  themeVocabulary,
} from "./analyses/themes";
export type { ConceptMatch, ConceptOptions, ConceptWord } from "./analyses/concepts";
export { conceptsOf } from "./analyses/concept-engine";
export {
  type CoverageOptions,
  type InterestCoverage,
  interestCoverage,
  type NiveauCoverage,
  type PartnerCoverage,
  type PartnerNiveauCoverage,
} from "./analyses/coverage";
export { type LensProfile, lensProfile, type PartnerLenses } from "./analyses/lens-profile";
export {
  type ConceptJoin,
  type Embeddings,
  type Intersection,
  type IntersectionMember,
  type Join,
  type SimilarityJoin,
  suggestWinWin,
  type WinWinOptions,
  type WinWinPlan,
  type WinWinResult,
  type WordJoin,
} from "./analyses/win-win";
export {
  type ConsensusOptions,
  type ConsensusResult,
  consensus,
  type GroupBy,
  type GroupSupport,
  type StanceCounts,
  type Support,
  supportInterval,
  type TargetConsensus,
} from "./analyses/consensus";
export {
  type OpinionGroup,
  type OpinionGroups,
  type OpinionGroupsOptions,
  type OpinionPosition,
  opinionGroups,
  type RepresentativeTarget,
} from "./analyses/opinion-groups";
export {
  type ReactionModel,
  type ReactionModelOptions,
  reactionModel,
  type StanceProbabilities,
} from "./analyses/reaction-model";
export { type WhyNotReason, type WhyNotTarget, whyNot } from "./analyses/why-not";
export {
  type RevisionSupportPoint,
  type RevisionSupportTrend,
  type SupportOverTimeOptions,
  type SupportPoint,
  type SupportTrend,
  supportOverTime,
  supportPerRevision,
} from "./analyses/support-over-time";
// -- analyses:end --
