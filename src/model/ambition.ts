import type { Draft } from "immer";
import * as z from "zod";
import { checkObject, checkString, describeValue, guard } from "../internal/args";
import { jsonEqual } from "../internal/json";
import { draftWithPatches } from "./draft";
import { SamenwerkingError } from "./errors";
import {
  allContents,
  applyContentPatches,
  checkpointsOf,
  contentAt,
  type LooseContent,
  MAX_PATCHES,
  Tally,
} from "./history";
import {
  type Detail,
  detail,
  fromZodIssues,
  issue,
  messagesOf,
  type RawIssue,
  render,
  word,
} from "./issues";
import { IdSchema, NameSchema, TextSchema } from "./primitives";
import { IsoDateTimeSchema, instantOf } from "./reactie";
import { isTrusted, memoize, trust } from "./trust";

const uniqueStrings = (values: readonly string[]): boolean =>
  new Set(values).size === values.length;

/**
 * Schema of what a shared ambition says, the part that revisions change.
 *
 * - `text`: the ambition in the partners' words.
 * - `themes`: the themes it aims at (matched against the themes of the belangen).
 * - `belangIds`: the belangen it names explicitly as served.
 *
 * @example
 * ```ts
 * AmbitionContentSchema.parse({ text: "Samen zorgen dat geen gezin uit de boot valt.", themes: ["gezin"], belangIds: [] })
 * ```
 */
export const AmbitionContentSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    text: TextSchema,
    themes: z.array(NameSchema).refine(uniqueStrings, { params: { code: "duplicate_value" } }),
    belangIds: z.array(IdSchema).refine(uniqueStrings, { params: { code: "duplicate_value" } }),
  }))();

/** What a shared ambition says at one revision: its text, themes and named belangen. */
export type AmbitionContent = z.infer<typeof AmbitionContentSchema>;

/**
 * Schema of one immer patch on the ambition's content.
 *
 * @example
 * ```ts
 * AmbitionPatchSchema.parse({ op: "replace", path: ["text"], value: "Nieuw" })
 * ```
 */
export const AmbitionPatchSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    op: z.enum(["add", "remove", "replace"]),
    path: z.array(z.union([z.string(), z.int().min(0)])),
    value: z.json().optional(),
  }))();

/** One immer patch on the ambition's content (a JSON-safe subset of immer's `Patch`). */
export type AmbitionPatch = z.infer<typeof AmbitionPatchSchema>;

/**
 * Schema of one entry in an ambition's history.
 *
 * - `revision`: the revision this entry made, counting from 1.
 * - `by`: the partner who proposed it.
 * - `reason`: why, in the proposer's words.
 * - `substantive`: whether the revision changed what the ambition means. Only an editorial
 *   change (the text differs in case, punctuation or spacing only, themes and belangen
 *   unchanged) is not substantive.
 * - `patches` / `inversePatches`: immer patches from the previous revision to this one and back.
 *   Revision 1 has none.
 * - `at`: when the revision was made, as an ISO 8601 date or date-time (optional); dated
 *   revisions may not go back in time. {@link supportPerRevision} reads it to tell which
 *   revision was current when a partner reacted.
 *
 * @example
 * ```ts
 * AmbitionRevisionSchema.parse({ revision: 1, by: "ocmw", substantive: true, patches: [], inversePatches: [] })
 * ```
 */
export const AmbitionRevisionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    revision: z.int().min(1),
    by: IdSchema,
    reason: TextSchema.optional(),
    substantive: z.boolean(),
    patches: z.array(AmbitionPatchSchema),
    inversePatches: z.array(AmbitionPatchSchema),
    at: IsoDateTimeSchema.optional(),
  }))();

/** One entry in an ambition's history. See {@link AmbitionRevisionSchema}. */
export type AmbitionRevision = z.infer<typeof AmbitionRevisionSchema>;

/**
 * Schema of an endorsement: a partner owns the ambition as it stood at one revision.
 *
 * @example
 * ```ts
 * EndorsementSchema.parse({ partnerId: "ocmw", revision: 2 })
 * ```
 */
export const EndorsementSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    partnerId: IdSchema,
    revision: z.int().min(1),
  }))();

/** A partner's endorsement of the ambition at one revision. */
export type Endorsement = z.infer<typeof EndorsementSchema>;

/**
 * Schema of the shared ambition (gedeelde ambitie): what the partners aim for together, kept as
 * a revisable, owned process.
 *
 * - `text`, `themes`, `belangIds`: what it says now (see {@link AmbitionContentSchema}).
 * - `revision`: the current revision, counting from 1; equal to the history's length.
 * - `history`: every revision with its patches, oldest first.
 * - `endorsements`: per partner, the latest revision they endorsed; at most one per partner.
 *
 * @remarks
 * Besides the shape, the schema checks that the history is consistent: revisions are numbered
 * 1..n, endorsements point at existing revisions, and replaying the inverse patches from the
 * current content rebuilds a valid content for every earlier revision, whose forward patches
 * lead back again.
 *
 * @example
 * ```ts
 * SharedAmbitionSchema.parse(createAmbition({ text: "Samen sterker", by: "ocmw" })).revision //=> 1
 * ```
 */
export const SharedAmbitionSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      ...AmbitionContentSchema.shape,
      revision: z.int().min(1),
      history: z.array(AmbitionRevisionSchema).min(1),
      endorsements: z.array(EndorsementSchema),
    })
    .superRefine((ambition, ctx) => {
      for (const problem of historyIssues(ambition)) {
        ctx.addIssue({
          code: "custom",
          path: problem.path,
          message: word(issue("", problem.code, problem.detail), messagesOf(undefined)).message,
          params: { code: problem.code, detail: problem.detail },
        });
      }
    }))();

/** The shared ambition with its history and endorsements. See {@link SharedAmbitionSchema}. */
export type SharedAmbition = z.infer<typeof SharedAmbitionSchema>;

interface HistoryProblem {
  readonly path: (string | number)[];
  readonly code: "invalid_history" | "duplicate_value";
  readonly detail: Detail;
}

function contentOf(a: AmbitionContent): AmbitionContent {
  return { text: a.text, themes: a.themes, belangIds: a.belangIds };
}

function historyIssues(ambition: SharedAmbition): HistoryProblem[] {
  const problems: HistoryProblem[] = [];
  const n = ambition.history.length;
  if (ambition.revision !== n) {
    problems.push({
      path: ["revision"],
      code: "invalid_history",
      detail: detail("revisionCount", ambition.revision, n),
    });
  }
  ambition.history.forEach((entry, i) => {
    if (entry.revision !== i + 1) {
      problems.push({
        path: ["history", i, "revision"],
        code: "invalid_history",
        detail: detail("expectedRevision", i + 1),
      });
    }
  });
  let dated: { revision: number; t: number } | undefined;
  ambition.history.forEach((entry, i) => {
    if (entry.at === undefined) return;
    const t = instantOf(entry.at);
    if (dated !== undefined && t < dated.t) {
      problems.push({
        path: ["history", i, "at"],
        code: "invalid_history",
        detail: {
          key: "datedBefore",
          args: [entry.revision, dated.revision, ambition.history[dated.revision - 1]?.at ?? ""],
        },
      });
    }
    if (dated === undefined || t >= dated.t) dated = { revision: entry.revision, t };
  });
  const first = ambition.history[0];
  if (first && (first.patches.length > 0 || first.inversePatches.length > 0)) {
    problems.push({
      path: ["history", 0],
      code: "invalid_history",
      detail: detail("firstRevision"),
    });
  }
  const seen = new Set<string>();
  ambition.endorsements.forEach((e, i) => {
    if (seen.has(e.partnerId)) {
      problems.push({
        path: ["endorsements", i, "partnerId"],
        code: "duplicate_value",
        detail: detail("endorsesTwice", e.partnerId),
      });
    }
    seen.add(e.partnerId);
    if (e.revision > n) {
      problems.push({
        path: ["endorsements", i, "revision"],
        code: "invalid_history",
        detail: detail("noRevision", e.revision, n),
      });
    }
  });
  if (problems.length > 0) return problems;
  // Replay: walk back from the current content with the inverse patches; every earlier content
  // must be valid, and the forward patches must lead back to the later one. Every patch is
  // checked against bounds before it is applied (see applyContentPatches), and each revision
  // is applied once: linear in the size of the history.
  // Each rebuilt content is checked incrementally: the text when it changed, the items a patch
  // adds, and duplicates through a running tally of each list.
  let later: LooseContent = contentOf(ambition);
  const tallies = { themes: new Tally(), belangIds: new Tally() };
  for (const t of ambition.themes) tallies.themes.add(t);
  for (const id of ambition.belangIds) tallies.belangIds.add(id);
  for (let i = n - 1; i >= 1; i--) {
    const entry = ambition.history[i] as AmbitionRevision;
    let earlier: LooseContent;
    let addedValid = true;
    try {
      earlier = applyContentPatches(later, entry.inversePatches, {
        removed: (list, item) => tallies[list].remove(item),
        added: (list, item) => {
          tallies[list].add(item);
          if (addedValid) {
            addedValid = (list === "themes" ? NameSchema : IdSchema).safeParse(item).success;
          }
        },
      });
    } catch (e) {
      problems.push({
        path: ["history", i, "inversePatches"],
        code: "invalid_history",
        detail: detail("unapplicable", (e as Error).message),
      });
      return problems;
    }
    const valid =
      addedValid &&
      Array.isArray(earlier.themes) &&
      Array.isArray(earlier.belangIds) &&
      tallies.themes.duplicates === 0 &&
      tallies.belangIds.duplicates === 0 &&
      (earlier.text === later.text || TextSchema.safeParse(earlier.text).success);
    if (!valid) {
      problems.push({
        path: ["history", i, "inversePatches"],
        code: "invalid_history",
        detail: detail("invalidRebuild", i),
      });
      return problems;
    }
    let again: unknown;
    try {
      again = applyContentPatches(earlier, entry.patches);
    } catch {
      again = undefined;
    }
    if (!jsonEqual(again, later)) {
      problems.push({
        path: ["history", i, "patches"],
        code: "invalid_history",
        detail: detail("patchesMismatch", i, i + 1),
      });
      return problems;
    }
    later = earlier;
  }
  return problems;
}

/**
 * @internal The ambition argument of a public function: trusted when it passed validation
 * before (and was not changed since), else validated now.
 *
 * @throws TypeError when it is not an object; {@link SamenwerkingError} when it is not a valid
 *   shared ambition.
 */
export function requireAmbition(fn: string, ambition: unknown): SharedAmbition {
  if (isTrusted(ambition)) return ambition as SharedAmbition;
  if (typeof ambition !== "object" || ambition === null || Array.isArray(ambition)) {
    throw new TypeError(
      `${fn}: ambition must be a shared ambition object, got ${describeValue(ambition)}`,
    );
  }
  const parsed = guard(fn, "ambition", () => SharedAmbitionSchema.safeParse(ambition));
  if (!parsed.success) {
    throw new SamenwerkingError(render(fromZodIssues(parsed.error.issues, ambition, "ambition")));
  }
  return trust(ambition as SharedAmbition);
}

/** Parses a value with a schema, or throws a SamenwerkingError whose paths start at `path`. */
function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, path: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new SamenwerkingError(render(fromZodIssues(parsed.error.issues, value, path)));
  return parsed.data;
}

/** Input of {@link createAmbition}. */
export interface CreateAmbitionInput {
  /** The ambition in the partners' words. */
  readonly text: string;
  /** The themes it aims at; none when absent. */
  readonly themes?: readonly string[];
  /** The belangen it names explicitly as served; none when absent. */
  readonly belangIds?: readonly string[];
  /** The id of the partner who proposes it. */
  readonly by: string;
  /** When, as an ISO 8601 date or date-time; undated when absent. */
  readonly at?: string;
}

/**
 * Creates revision 1 of a shared ambition, proposed (and so endorsed) by one partner.
 *
 * @param input - The text, optional themes and belangen, and the proposing partner's id.
 * @returns A new {@link SharedAmbition} at revision 1, endorsed by `by`.
 * @throws {@link SamenwerkingError} when the text is blank, an id is invalid or a list holds
 *   duplicates, or `at` is not an ISO 8601 date; the issue paths are the input's field names
 *   (`text`, `themes[1]`, `by`, `at`).
 * @example
 * ```ts
 * const ambition = createAmbition({ text: "Geen gezin valt tussen de mazen.", themes: ["gezin"], by: "ocmw" });
 * ambition.revision //=> 1
 * ambition.endorsements //=> [{ partnerId: "ocmw", revision: 1 }]
 * ```
 */
export function createAmbition(input: CreateAmbitionInput): SharedAmbition {
  checkObject("createAmbition", "input", input);
  let issues: RawIssue[] = [];
  const content = guard("createAmbition", "input", () => ({
    text: input.text,
    themes: input.themes ?? [],
    belangIds: input.belangIds ?? [],
  }));
  const inputBy: unknown = guard("createAmbition", "input", () => input.by);
  const parsedContent = AmbitionContentSchema.safeParse(content);
  if (!parsedContent.success) {
    issues = issues.concat(fromZodIssues(parsedContent.error.issues, content));
  }
  const by = IdSchema.safeParse(inputBy);
  if (!by.success) issues = issues.concat(fromZodIssues(by.error.issues, inputBy, "by"));
  const inputAt: unknown = guard("createAmbition", "input", () => input.at);
  const at = IsoDateTimeSchema.optional().safeParse(inputAt);
  if (!at.success) issues = issues.concat(fromZodIssues(at.error.issues, inputAt, "at"));
  if (!parsedContent.success || !by.success || !at.success)
    throw new SamenwerkingError(render(issues));
  return trust({
    ...parsedContent.data,
    revision: 1,
    history: [
      {
        revision: 1,
        by: by.data,
        substantive: true,
        patches: [],
        inversePatches: [],
        ...(at.data === undefined ? {} : { at: at.data }),
      },
    ],
    endorsements: [{ partnerId: by.data, revision: 1 }],
  });
}

/** Options of {@link reviseAmbition}. */
export interface ReviseOptions {
  /** The id of the partner who proposes the revision. */
  readonly by: string;
  /** Why the ambition changes, in the proposer's words. */
  readonly reason?: string;
  /**
   * When, as an ISO 8601 date or date-time; undated when absent. Not before the latest dated
   * revision.
   */
  readonly at?: string;
}

/** The recipe of a revision: change the draft in place, or return a whole new content. */
// biome-ignore lint/suspicious/noConfusingVoidType: immer's recipe contract: mutate (void) or return.
export type AmbitionRecipe = (draft: Draft<AmbitionContent>) => void | AmbitionContent;

function essence(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

function setEndorsement(
  endorsements: readonly Endorsement[],
  partnerId: string,
  revision: number,
): Endorsement[] {
  const next = endorsements.filter((e) => e.partnerId !== partnerId);
  next.push({ partnerId, revision });
  return next.sort((a, b) => (a.partnerId < b.partnerId ? -1 : a.partnerId > b.partnerId ? 1 : 0));
}

/**
 * Revises the shared ambition with an immer recipe, keeping the change in its history.
 *
 * @param ambition - The current ambition; not mutated.
 * @param recipe - Changes the draft content (`text`, `themes`, `belangIds`) in place, or returns
 *   a new content.
 * @param options - Who proposes the revision and why.
 * @returns The next revision, or `ambition` itself when the recipe changed nothing.
 * @throws {@link SamenwerkingError} when the revised content is invalid (blank text, duplicate
 *   themes), `by` / `reason` is invalid, or `at` is not an ISO 8601 date or lies before the
 *   latest dated revision.
 *
 * @remarks
 * What a revision does to ownership: a shared ambition stays shared only while partners own
 * what it says *now*. A substantive revision therefore moves the ambition past every earlier
 * endorsement: those stay recorded at the revision they endorsed, but {@link ownership} no
 * longer counts them until the partner endorses again. The proposer endorses the new revision.
 * Only an editorial revision (the text differs in case, punctuation or spacing only; themes and
 * belangen unchanged) carries every endorsement of the previous revision forward.
 *
 * @example
 * ```ts
 * const v1 = createAmbition({ text: "Samen zorgen voor elk gezin.", by: "ocmw" });
 * const v2 = reviseAmbition(v1, (d) => { d.themes.push("kinderopvang"); }, { by: "stad", reason: "Opvang hoort erbij" });
 * v2.revision //=> 2
 * v2.endorsements //=> [{ partnerId: "ocmw", revision: 1 }, { partnerId: "stad", revision: 2 }]
 * ```
 */
export function reviseAmbition(
  ambition: SharedAmbition,
  recipe: AmbitionRecipe,
  options: ReviseOptions,
): SharedAmbition {
  requireAmbition("reviseAmbition", ambition);
  if (typeof recipe !== "function") {
    throw new TypeError(
      `reviseAmbition: recipe must be a function (draft) => void, got ${describeValue(recipe)}`,
    );
  }
  checkObject("reviseAmbition", "options", options, "an object { by, reason?, at? }");
  const by = parseOrThrow(IdSchema, options.by, "by");
  const reason =
    options.reason === undefined ? undefined : parseOrThrow(TextSchema, options.reason, "reason");
  const at =
    options.at === undefined ? undefined : parseOrThrow(IsoDateTimeSchema, options.at, "at");
  if (at !== undefined) {
    const last = [...ambition.history].reverse().find((e) => e.at !== undefined);
    if (last?.at !== undefined && instantOf(at) < instantOf(last.at)) {
      throw new SamenwerkingError(
        render([
          issue("at", "invalid_history", {
            key: "datedBefore",
            args: [ambition.revision + 1, last.revision, last.at],
          }),
        ]),
      );
    }
  }
  const before = contentOf(ambition);
  // The draft is a fresh copy: a recipe that keeps a reference cannot reach the input.
  const [after, patches, inversePatches] = draftWithPatches(
    { text: before.text, themes: [...before.themes], belangIds: [...before.belangIds] },
    recipe,
  );
  if (patches.length === 0) return ambition;
  const next = parseOrThrow(AmbitionContentSchema, after, "");
  if (patches.length > MAX_PATCHES || inversePatches.length > MAX_PATCHES) {
    throw new SamenwerkingError(render([issue("", "too_big", detail("maxPatches", MAX_PATCHES))]));
  }
  const substantive =
    essence(next.text) !== essence(before.text) ||
    !jsonEqual(next.themes, before.themes) ||
    !jsonEqual(next.belangIds, before.belangIds);
  const revision = ambition.revision + 1;
  const carried = substantive
    ? ambition.endorsements
    : ambition.endorsements.map((e) => (e.revision === ambition.revision ? { ...e, revision } : e));
  const entry: AmbitionRevision = {
    revision,
    by,
    ...(reason === undefined ? {} : { reason }),
    substantive,
    patches: patches as AmbitionPatch[],
    inversePatches: inversePatches as AmbitionPatch[],
    ...(at === undefined ? {} : { at }),
  };
  return trust({
    text: next.text,
    themes: [...next.themes],
    belangIds: [...next.belangIds],
    revision,
    history: [...ambition.history, entry],
    endorsements: setEndorsement(carried, by, revision),
  });
}

/**
 * Records that a partner endorses (owns) the ambition as it stands now.
 *
 * @param ambition - The current ambition; not mutated.
 * @param partnerId - The endorsing partner's id.
 * @returns The ambition with the endorsement, or `ambition` itself when the partner already
 *   endorsed the current revision.
 * @throws {@link SamenwerkingError} when `partnerId` is not a valid id.
 * @example
 * ```ts
 * const a = endorseAmbition(createAmbition({ text: "Samen sterker", by: "ocmw" }), "stad");
 * a.endorsements.map((e) => e.partnerId) //=> ["ocmw", "stad"]
 * ```
 */
export function endorseAmbition(ambition: SharedAmbition, partnerId: string): SharedAmbition {
  requireAmbition("endorseAmbition", ambition);
  const id = parseOrThrow(IdSchema, partnerId, "partnerId");
  const current = ambition.endorsements.find((e) => e.partnerId === id);
  if (current?.revision === ambition.revision) return ambition;
  return trust({
    ...ambition,
    endorsements: setEndorsement(ambition.endorsements, id, ambition.revision),
  });
}

/**
 * Withdraws a partner's endorsement, whatever revision it was for.
 *
 * @param ambition - The current ambition; not mutated.
 * @param partnerId - The partner's id.
 * @returns The ambition without the partner's endorsement, or `ambition` itself when the partner
 *   had none.
 * @example
 * ```ts
 * const a = createAmbition({ text: "Samen sterker", by: "ocmw" });
 * withdrawEndorsement(a, "ocmw").endorsements //=> []
 * ```
 */
export function withdrawEndorsement(ambition: SharedAmbition, partnerId: string): SharedAmbition {
  requireAmbition("withdrawEndorsement", ambition);
  checkString("withdrawEndorsement", "partnerId", partnerId);
  if (!ambition.endorsements.some((e) => e.partnerId === partnerId)) return ambition;
  return trust({
    ...ambition,
    endorsements: ambition.endorsements.filter((e) => e.partnerId !== partnerId),
  });
}

function checkRevision(ambition: SharedAmbition, revision: number, name: string): void {
  if (
    typeof revision !== "number" ||
    !Number.isInteger(revision) ||
    revision < 1 ||
    revision > ambition.revision
  ) {
    throw new RangeError(
      `${name} must be a whole number from 1 to ${ambition.revision}, got ${describeValue(revision)}`,
    );
  }
}

/** The content at one revision of a validated ambition, from its memoized checkpoints. */
function snapshot(ambition: SharedAmbition, revision: number): AmbitionSnapshot {
  const content = contentAt(ambition, memoize(ambition, checkpointsOf), revision);
  return toSnapshot(content, revision);
}

function toSnapshot(content: LooseContent, revision: number): AmbitionSnapshot {
  return {
    revision,
    text: content.text as string,
    themes: [...(content.themes as string[])],
    belangIds: [...(content.belangIds as string[])],
  };
}

/**
 * @internal Every revision of a validated ambition, oldest first, with its change against the
 * one before (`null` for revision 1): one walk over the history, linear in its size.
 */
export function ambitionRevisions(
  ambition: SharedAmbition,
): { readonly snapshot: AmbitionSnapshot; readonly diff: AmbitionDiff | null }[] {
  const a = requireAmbition("ambitionRevisions", ambition);
  const snaps = allContents(a).map((c, i) => toSnapshot(c, i + 1));
  return snaps.map((snap, i) => ({
    snapshot: snap,
    diff: i === 0 ? null : diffOf(a, snaps[i - 1] as AmbitionSnapshot, snap),
  }));
}

/** The content of the ambition at one revision. */
export interface AmbitionSnapshot extends AmbitionContent {
  /** The revision this content belongs to. */
  readonly revision: number;
}

/**
 * Rebuilds the ambition's content as it was at an earlier revision, by replaying the inverse
 * patches of its history.
 *
 * @param ambition - A shared ambition.
 * @param revision - A revision from 1 to `ambition.revision`.
 * @returns The text, themes and belangIds at that revision, with the revision number.
 * @throws RangeError when `revision` is not a whole number in range.
 * @example
 * ```ts
 * const v1 = createAmbition({ text: "Samen sterker", by: "ocmw" });
 * const v2 = reviseAmbition(v1, (d) => { d.text = "Samen sterker in de regio"; }, { by: "stad" });
 * ambitionAt(v2, 1).text //=> "Samen sterker"
 * ```
 */
export function ambitionAt(ambition: SharedAmbition, revision: number): AmbitionSnapshot {
  requireAmbition("ambitionAt", ambition);
  checkRevision(ambition, revision, "revision");
  return snapshot(ambition, revision);
}

/** What changed between two revisions of the shared ambition. */
export interface AmbitionDiff {
  /** The revision compared from. */
  readonly from: number;
  /** The revision compared to. */
  readonly to: number;
  /** The text before and after, or `null` when it did not change. */
  readonly text: { readonly before: string; readonly after: string } | null;
  /** Themes in `to` but not in `from`, in their order in `to`. */
  readonly themesAdded: readonly string[];
  /** Themes in `from` but not in `to`, in their order in `from`. */
  readonly themesRemoved: readonly string[];
  /** Belang ids in `to` but not in `from`. */
  readonly belangIdsAdded: readonly string[];
  /** Belang ids in `from` but not in `to`. */
  readonly belangIdsRemoved: readonly string[];
  /** The revisions in between, with who proposed them and why, oldest first. */
  readonly revisions: readonly AmbitionRevision[];
}

/**
 * Compares two revisions of the shared ambition.
 *
 * @param ambition - A shared ambition.
 * @param from - The earlier revision (or any revision).
 * @param to - The later revision (or any revision); defaults to the current one.
 * @returns The text change, the themes and belangen added and removed, and the revisions in
 *   between (`from + 1 .. to` when `from < to`, else empty).
 * @throws RangeError when a revision is not a whole number in range.
 * @example
 * ```ts
 * const v1 = createAmbition({ text: "Samen sterker", themes: ["zorg"], by: "ocmw" });
 * const v2 = reviseAmbition(v1, (d) => { d.themes = ["zorg", "wonen"]; }, { by: "stad" });
 * diffAmbition(v2, 1).themesAdded //=> ["wonen"]
 * ```
 */
export function diffAmbition(
  ambition: SharedAmbition,
  from: number,
  to: number = ambition.revision,
): AmbitionDiff {
  requireAmbition("diffAmbition", ambition);
  checkRevision(ambition, from, "from");
  checkRevision(ambition, to, "to");
  return diffOf(ambition, snapshot(ambition, from), snapshot(ambition, to));
}

function diffOf(ambition: SharedAmbition, a: AmbitionSnapshot, b: AmbitionSnapshot): AmbitionDiff {
  const from = a.revision;
  const to = b.revision;
  const minus = (xs: readonly string[], ys: readonly string[]): string[] => {
    const set = new Set(ys);
    return xs.filter((x) => !set.has(x));
  };
  return {
    from,
    to,
    text: a.text === b.text ? null : { before: a.text, after: b.text },
    themesAdded: minus(b.themes, a.themes),
    themesRemoved: minus(a.themes, b.themes),
    belangIdsAdded: minus(b.belangIds, a.belangIds),
    belangIdsRemoved: minus(a.belangIds, b.belangIds),
    revisions: from < to ? ambition.history.slice(from, to) : [],
  };
}
