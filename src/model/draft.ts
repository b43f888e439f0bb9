// The one place that runs immer: a draft of the ambition's content, with the patches from the
// old content to the new and back. Apart from `reviseAmbition`, nothing of the library needs it,
// so the charts and the report (which read histories, never write them) do not import immer.

import { type Draft, enablePatches, type Patch, produceWithPatches } from "immer";

let patchesOn = false;

/** Runs `recipe` on a draft of `base`: the new value, its patches and its inverse patches. */
export function draftWithPatches<T extends object>(
  base: T,
  // biome-ignore lint/suspicious/noConfusingVoidType: immer's recipe contract: mutate (void) or return.
  recipe: (draft: Draft<T>) => void | T,
): readonly [T, Patch[], Patch[]] {
  // immer's patches plugin is turned on at first use, not at import (sideEffects: false).
  if (!patchesOn) {
    enablePatches();
    patchesOn = true;
  }
  return produceWithPatches(base, recipe as (draft: Draft<T>) => void) as unknown as readonly [
    T,
    Patch[],
    Patch[],
  ];
}
