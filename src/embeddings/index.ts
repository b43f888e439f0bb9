/**
 * Grouping by embeddings for many belangen: `samenwerken/embeddings`. Plain embeddings
 * (`suggestWinWin(s, { embeddings: { vectors, threshold } })`) compare every pair of vectors,
 * exactly; {@link embeddingGroups} makes embeddings that bring random-hyperplane LSH with them,
 * so that beyond 3,000 vectors only likely pairs are compared (each still checked exactly). An
 * app that never imports this entry does not bundle the LSH code.
 *
 * @example
 * ```ts
 * import { exampleSamenwerking, suggestWinWin } from "samenwerken";
 * import { embeddingGroups } from "samenwerken/embeddings";
 *
 * const s = exampleSamenwerking();
 * // One vector per belang from the app's model (here: all alike).
 * const vectors = new Map(s.belangen.map((b) => [b.id, [1, 0, 0]]));
 * const r = suggestWinWin(s, { embeddings: embeddingGroups({ vectors, threshold: 0.9 }) });
 * r.intersections.some((x) => x.members?.some((m) => m.joins.some((j) => j.kind === "similarity"))); //=> true
 * ```
 *
 * @packageDocumentation
 */

import { lsh } from "../analyses/embeddings";
import { APPROXIMATE } from "../analyses/similar-pairs";
import type { Embeddings } from "../analyses/win-win";

export type { Embeddings } from "../analyses/win-win";

/**
 * Embeddings for `options.embeddings` of `suggestWinWin` that group many belangen fast: up to
 * 3,000 vectors every pair is compared, as with plain embeddings; beyond, random-hyperplane LSH
 * (Charikar 2002, seeded, so deterministic) proposes the pairs, each is checked exactly and every
 * group found is completed exactly, so no pair is invented and few are missed.
 *
 * @param embeddings - One vector per belang (`vectors`, belang id → vector, all of one length)
 *   and the least cosine similarity at which two belangen meet (`threshold`, in [-1, 1]);
 *   checked by `suggestWinWin`.
 * @returns The same embeddings, carrying the LSH search.
 */
export function embeddingGroups(embeddings: Embeddings): Embeddings {
  return Object.freeze({
    vectors: embeddings.vectors,
    threshold: embeddings.threshold,
    [APPROXIMATE]: lsh,
  });
}
