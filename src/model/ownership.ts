import { sortedStrings } from "../internal/json";
import { requireSamenwerking, type Samenwerking } from "./samenwerking";

/** Who owns the shared ambition as it stands now. */
export interface Ownership {
  /** The current revision, or `null` when there is no ambition yet. */
  readonly revision: number | null;
  /** Partners who endorsed the current revision, sorted by id. */
  readonly endorsed: readonly string[];
  /** Partners who did not endorse the current revision, sorted by id. */
  readonly notEndorsed: readonly string[];
  /** Of `notEndorsed`, those who endorsed an earlier revision: ask them again. Sorted by id. */
  readonly endorsedEarlier: readonly string[];
  /** `endorsed.length / partners`, in [0, 1]; 0 when there are no partners or no ambition. */
  readonly share: number;
}

/**
 * Share of partners that endorsed the current revision of the shared ambition.
 *
 * @param samenwerking - A validated collaboration.
 * @returns Endorsers and non-endorsers of the current revision (sorted by id), those who owned
 *   an earlier revision, and the share in [0, 1]. Without an ambition every partner is in
 *   `notEndorsed` and the share is 0: a state, not an error.
 * @throws TypeError when `samenwerking` is not an object; {@link SamenwerkingError} with every
 *   problem when it is not a valid collaboration (an object that never passed
 *   {@link parseSamenwerking} is validated first).
 *
 * @remarks
 * Only endorsements of the current revision count; see {@link reviseAmbition} for what a
 * revision does to earlier ones. The collaboration is validated first (once per object), so
 * every endorsement is by a partner.
 *
 * @example
 * ```ts
 * ownership(exampleSamenwerking()).share //=> 0.6666666666666666
 * ```
 */
export function ownership(samenwerking: Samenwerking): Ownership {
  samenwerking = requireSamenwerking("ownership", samenwerking);
  const partnerIds = sortedStrings(samenwerking.partners.map((p) => p.id));
  const ambition = samenwerking.ambition;
  if (!ambition) {
    return { revision: null, endorsed: [], notEndorsed: partnerIds, endorsedEarlier: [], share: 0 };
  }
  const latest = new Map(ambition.endorsements.map((e) => [e.partnerId, e.revision]));
  const endorsed: string[] = [];
  const notEndorsed: string[] = [];
  const endorsedEarlier: string[] = [];
  for (const id of partnerIds) {
    const r = latest.get(id);
    if (r === ambition.revision) endorsed.push(id);
    else {
      notEndorsed.push(id);
      if (r !== undefined) endorsedEarlier.push(id);
    }
  }
  return {
    revision: ambition.revision,
    endorsed,
    notEndorsed,
    endorsedEarlier,
    share: partnerIds.length === 0 ? 0 : endorsed.length / partnerIds.length,
  };
}
