// The ambition's history: patches checked against bounds before they are applied, and a replay
// that is linear in the number of revisions. Nothing here runs at module load.

/** Most patches one revision (or its inverse) may hold. */
export const MAX_PATCHES = 10_000;

/** How many revisions lie at most between two checkpoints of a replay. */
const CHECKPOINT_EVERY = 16;

/** What a revision's content looks like while it is rebuilt (not validated yet). */
export interface LooseContent {
  readonly text: unknown;
  readonly themes: unknown;
  readonly belangIds: unknown;
}

/** A patch as it is stored (the JSON-safe subset of immer's `Patch`). */
export interface StoredPatch {
  readonly op: string;
  readonly path: readonly (string | number)[];
  readonly value?: unknown;
}

/** Told of every item a patch removes from or adds to a list, so a caller can keep tallies. */
export interface PatchObserver {
  readonly removed: (list: "themes" | "belangIds", item: unknown) => void;
  readonly added: (list: "themes" | "belangIds", item: unknown) => void;
}

/** Thrown by {@link applyContentPatches} for a patch it refuses to apply. */
export class PatchError extends Error {
  override readonly name = "PatchError";
}

const FIELDS: readonly string[] = ["text", "themes", "belangIds"];
const LISTS: readonly string[] = ["themes", "belangIds"];

function show(value: unknown): string {
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

/**
 * Applies patches to a content without mutating it, the way immer's `applyPatches` would, but
 * checks every patch first: paths of at most two segments, a known field, array indices that
 * are whole numbers within the array (`0..length` for `add`, `0..length-1` otherwise), no
 * writes to `length`, string items, and at most {@link MAX_PATCHES} patches.
 *
 * @throws PatchError naming the first patch that breaks a rule; nothing is applied then.
 */
export function applyContentPatches(
  content: LooseContent,
  patches: readonly StoredPatch[],
  observer?: PatchObserver,
): LooseContent {
  if (patches.length > MAX_PATCHES) {
    throw new PatchError(`more than ${MAX_PATCHES} patches (${patches.length})`);
  }
  const out: Record<string, unknown> = {
    text: content.text,
    themes: content.themes,
    belangIds: content.belangIds,
  };
  /** Arrays this call made, so they may be changed in place. */
  const own = new Set<unknown>();
  const swap = (list: "themes" | "belangIds", before: unknown, after: unknown): void => {
    if (observer === undefined) return;
    if (Array.isArray(before)) for (const item of before) observer.removed(list, item);
    if (Array.isArray(after)) for (const item of after) observer.added(list, item);
  };
  for (let k = 0; k < patches.length; k++) {
    const p = patches[k] as StoredPatch;
    const fail = (why: string): never => {
      throw new PatchError(`patch ${k}: ${why}`);
    };
    const { op, path } = p;
    if (op !== "add" && op !== "remove" && op !== "replace") fail(`unknown op ${show(op)}`);
    if (path.length === 0) {
      if (op !== "replace") fail(`only "replace" may change the whole content`);
      const v = p.value;
      if (typeof v !== "object" || v === null || Array.isArray(v)) {
        fail("the whole content must be replaced by an object");
      }
      const c = v as Record<string, unknown>;
      for (const key of Object.keys(c))
        if (!FIELDS.includes(key)) fail(`unknown field ${show(key)}`);
      const themes = Array.isArray(c.themes) ? c.themes.slice() : c.themes;
      const belangIds = Array.isArray(c.belangIds) ? c.belangIds.slice() : c.belangIds;
      swap("themes", out.themes, themes);
      swap("belangIds", out.belangIds, belangIds);
      out.text = c.text;
      out.themes = themes;
      out.belangIds = belangIds;
      own.add(out.themes);
      own.add(out.belangIds);
      continue;
    }
    const field = path[0];
    if (typeof field !== "string" || !FIELDS.includes(field)) fail(`unknown field ${show(field)}`);
    const name = field as string;
    if (path.length === 1) {
      if (op === "remove") fail(`field ${name} cannot be removed`);
      const v = p.value;
      if (name === "text") {
        if (typeof v !== "string") fail("text must be a string");
        out.text = v;
      } else {
        if (!Array.isArray(v)) fail(`${name} must be an array`);
        const copy = (v as unknown[]).slice();
        swap(name as "themes" | "belangIds", out[name], copy);
        out[name] = copy;
        own.add(copy);
      }
      continue;
    }
    if (path.length > 2) fail(`path ${show(path.join("."))} is too long`);
    if (!LISTS.includes(name)) fail(`${name} has no items`);
    const list = out[name];
    if (!Array.isArray(list)) fail(`${name} is not an array`);
    const arr = list as unknown[];
    const seg = path[1];
    const index = op === "add" && seg === "-" ? arr.length : seg;
    const limit = op === "add" ? arr.length : arr.length - 1;
    if (typeof index !== "number" || !Number.isInteger(index) || index < 0 || index > limit) {
      fail(`index ${String(seg)} is out of bounds for ${name} of length ${arr.length}`);
    }
    const i = index as number;
    if (op !== "remove" && typeof p.value !== "string") fail(`items of ${name} must be strings`);
    let target = arr;
    if (!own.has(arr)) {
      target = arr.slice();
      own.add(target);
      out[name] = target;
    }
    const listName = name as "themes" | "belangIds";
    if (op !== "add") observer?.removed(listName, target[i]);
    if (op !== "remove") observer?.added(listName, p.value);
    if (op === "add") target.splice(i, 0, p.value);
    else if (op === "remove") target.splice(i, 1);
    else target[i] = p.value;
  }
  return out as unknown as LooseContent;
}

/** The history a replay walks: the current content and the inverse patches per revision. */
export interface ReplaySource {
  readonly text: string;
  readonly themes: readonly string[];
  readonly belangIds: readonly string[];
  readonly revision: number;
  readonly history: readonly { readonly inversePatches: readonly StoredPatch[] }[];
}

/** Content at some revisions, so that any revision is a few patches away. */
export interface Checkpoints {
  readonly top: number;
  readonly at: ReadonlyMap<number, LooseContent>;
}

/**
 * Walks the whole history back once and keeps the content of every 16th revision and of the
 * current one: linear in the size of the history. The history must have been validated.
 */
export function checkpointsOf(a: ReplaySource): Checkpoints {
  const at = new Map<number, LooseContent>();
  let content: LooseContent = { text: a.text, themes: a.themes, belangIds: a.belangIds };
  at.set(a.revision, content);
  for (let r = a.revision; r > 1; r--) {
    const entry = a.history[r - 1];
    content = applyContentPatches(content, entry?.inversePatches ?? []);
    if ((r - 1) % CHECKPOINT_EVERY === 0 || r - 1 === 1) at.set(r - 1, content);
  }
  return { top: a.revision, at };
}

/** The content at `revision`, from the nearest checkpoint at or after it (at most 15 steps). */
export function contentAt(a: ReplaySource, cp: Checkpoints, revision: number): LooseContent {
  let from = revision;
  while (from < cp.top && !cp.at.has(from)) from++;
  let content = cp.at.get(from) as LooseContent;
  for (let r = from; r > revision; r--) {
    content = applyContentPatches(content, a.history[r - 1]?.inversePatches ?? []);
  }
  return content;
}

/**
 * The content of every revision, oldest first, in one backward walk: linear in the size of
 * the history. The history must have been validated.
 */
export function allContents(a: ReplaySource): LooseContent[] {
  const out = new Array<LooseContent>(a.revision);
  let content: LooseContent = { text: a.text, themes: a.themes, belangIds: a.belangIds };
  out[a.revision - 1] = content;
  for (let r = a.revision; r > 1; r--) {
    content = applyContentPatches(content, a.history[r - 1]?.inversePatches ?? []);
    out[r - 2] = content;
  }
  return out;
}

/** How often each item occurs in a list, and how many items occur more than once. */
export class Tally {
  private readonly counts = new Map<unknown, number>();
  /** Number of distinct items that occur more than once. */
  duplicates = 0;

  /** Counts one more of `item`. */
  add(item: unknown): void {
    const n = (this.counts.get(item) ?? 0) + 1;
    this.counts.set(item, n);
    if (n === 2) this.duplicates++;
  }

  /** Counts one fewer of `item`. */
  remove(item: unknown): void {
    const n = (this.counts.get(item) ?? 0) - 1;
    if (n <= 0) this.counts.delete(item);
    else this.counts.set(item, n);
    if (n === 1) this.duplicates--;
  }
}
