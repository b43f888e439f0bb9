import { compareStrings } from "../internal/json";
import { isLang } from "../lang";
import { latestReacties } from "../model/reactie";
import type { Samenwerking } from "../model/samenwerking";
import { type Cue, classifyStatement, type StatementKind } from "../statements/classify";
import { type WhyQuestion, whyQuestions } from "../statements/why-questions";
import { themeIndex, themesOf, themeVocabulary } from "./themes";

/** Whether two themes meet: equal, or one is a stem or the tail of a compound of the other. */
function meets(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && (long.startsWith(short) || long.endsWith(short));
}

/** One reason given with an `oneens` or `pas` reaction, read for the interest behind it. */
export interface WhyNotReason {
  /** The partner who gave it. */
  readonly partnerId: string;
  /** `"oneens"` or `"pas"`. */
  readonly stance: "oneens" | "pas";
  /** The reason, in the partner's words. */
  readonly reason: string;
  /** Whether the reason states an interest (belang) or a position (standpunt). */
  readonly kind: StatementKind;
  /** The classifier's confidence in `kind`. */
  readonly confidence: number;
  /** The cues that decided `kind`. */
  readonly cues: readonly Cue[];
  /** The themes of the reason, with the collaboration's vocabulary. */
  readonly themes: readonly string[];
  /** Ids of the belangen in the document that share a theme with the reason, sorted. */
  readonly belangIds: readonly string[];
  /** For a reason that is itself a position: the questions that lead down to its interest. */
  readonly whyQuestions: readonly WhyQuestion[];
}

/** The reasons behind the "no"s (and passes) to one proposal or position. */
export interface WhyNotTarget {
  /** The voorstel or standpunt. */
  readonly targetId: string;
  /** How many partners say no. */
  readonly oneens: number;
  /** How many partners pass. */
  readonly pas: number;
  /** Every reason given with those reactions: `oneens` first, then by partner id. */
  readonly reasons: readonly WhyNotReason[];
  /** The themes the reasons touch, most frequent first, ties alphabetical. */
  readonly themes: readonly string[];
  /** The belangen the reasons touch, sorted by id. */
  readonly belangIds: readonly string[];
}

/**
 * The interests behind a "no": for each proposal or position, the reasons given with `oneens`
 * and `pas` reactions, classified as interest or position (with the cues), with their themes,
 * the belangen of the document they touch, and why-questions for reasons that are positions.
 *
 * @param s - A validated collaboration.
 * @param targetId - Only this voorstel or standpunt; all targets with a "no" or a pass otherwise.
 * @returns One {@link WhyNotTarget} per target with at least one `oneens` or `pas`, most "no"s
 *   first, ties by id.
 * @throws RangeError when `targetId` names no voorstel or standpunt.
 *
 * @remarks
 * Only the latest reaction of each partner counts. A reason's themes are derived as
 * {@link themesOf} does, with the collaboration's vocabulary; a reason touches a belang when a
 * theme of one equals a theme of the other, or is its stem or the tail of a compound of it
 * (`budget` in `zorgbudget`), at least four letters long.
 * The input is not mutated.
 *
 * @example
 * ```ts
 * const [zetel] = whyNot(exampleSamenwerking(), "v-zetel");
 * zetel.oneens //=> 2
 * zetel.reasons[1].partnerId //=> "huisartsen"
 * zetel.reasons[1].kind //=> "belang"
 * ```
 */
export function whyNot(s: Samenwerking, targetId?: string): WhyNotTarget[] {
  const targets = [...(s.voorstellen ?? []).map((v) => v.id), ...s.standpunten.map((sp) => sp.id)];
  if (targetId !== undefined && !targets.includes(targetId))
    throw new RangeError(`whyNot: no voorstel or standpunt has id "${targetId}"`);
  const vocabulary = themeVocabulary(s);
  const index = themeIndex(s);
  const belangThemes = s.belangen.map((b, i) => [b.id, index.byBelang[i] ?? []] as const);
  const byTarget = new Map<string, { oneens: number; pas: number; reasons: WhyNotReason[] }>();
  for (const r of latestReacties(s.reacties ?? [])) {
    if (r.stance === "eens" || (targetId !== undefined && r.targetId !== targetId)) continue;
    let entry = byTarget.get(r.targetId);
    if (!entry) {
      entry = { oneens: 0, pas: 0, reasons: [] };
      byTarget.set(r.targetId, entry);
    }
    entry[r.stance]++;
    if (r.reason === undefined) continue;
    const c = classifyStatement(r.reason);
    const themes = themesOf({ text: r.reason }, { vocabulary });
    const belangIds = belangThemes
      .filter(([, t]) => t.some((x) => themes.some((y) => meets(x, y))))
      .map(([id]) => id)
      .sort(compareStrings);
    entry.reasons.push({
      partnerId: r.partnerId,
      stance: r.stance,
      reason: r.reason,
      kind: c.kind,
      confidence: c.confidence,
      cues: c.cues,
      themes,
      belangIds,
      whyQuestions:
        c.kind === "standpunt" && isLang(c.lang) ? whyQuestions(r.reason, { lang: c.lang }) : [],
    });
  }
  return [...byTarget]
    .map(([id, e]): WhyNotTarget => {
      const reasons = e.reasons.sort(
        (a, b) =>
          (a.stance === b.stance ? 0 : a.stance === "oneens" ? -1 : 1) ||
          compareStrings(a.partnerId, b.partnerId),
      );
      const freq = new Map<string, number>();
      for (const r of reasons) for (const t of r.themes) freq.set(t, (freq.get(t) ?? 0) + 1);
      return {
        targetId: id,
        oneens: e.oneens,
        pas: e.pas,
        reasons,
        themes: [...freq].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0])).map(([t]) => t),
        belangIds: [...new Set(reasons.flatMap((r) => r.belangIds))].sort(compareStrings),
      };
    })
    .sort((a, b) => b.oneens - a.oneens || compareStrings(a.targetId, b.targetId));
}
