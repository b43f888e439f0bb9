import { type ConsensusResult, consensus } from "../analyses/consensus";
import {
  type CoverageOptions,
  type InterestCoverage,
  interestCoverage,
} from "../analyses/coverage";
import { type LensProfile, lensProfile } from "../analyses/lens-profile";
import { type WhyNotTarget, whyNot } from "../analyses/why-not";
import { suggestWinWin, type WinWinResult } from "../analyses/win-win";
import { compareStrings } from "../internal/json";
import { type Lang, REPORT } from "../lang";
import { type AmbitionDiff, type AmbitionSnapshot, ambitionRevisions } from "../model/ambition";
import type { Belang } from "../model/belang";
import { BRIL_TEXT } from "../model/bril";
import { NIVEAUS, type Niveau } from "../model/niveau";
import { type Ownership, ownership } from "../model/ownership";
import type { Partner } from "../model/partner";
import type { Samenwerking } from "../model/samenwerking";
import type { Standpunt } from "../model/standpunt";
import {
  type Cue,
  classifyStatement,
  type ShownSpan,
  type StatementClassification,
  shownCues,
  shownSpans,
} from "../statements/classify";
import { type WhyQuestion, whyQuestions } from "../statements/why-questions";

/** @internal A piece of a statement: plain text, or a marked cue span with its cues. */
export interface Piece {
  readonly text: string;
  readonly cues: readonly Cue[];
}

/** @internal One position with what the report says about it. */
export interface PositionEntry {
  readonly standpunt: Standpunt;
  readonly classification: StatementClassification;
  /** The cues a reader is shown (`shownCues`), marked in `pieces`. */
  readonly shown: readonly Cue[];
  /** The same cues as listed: one item per span and kind, with every family that found it. */
  readonly spans: readonly ShownSpan[];
  readonly pieces: readonly Piece[];
  readonly belangen: readonly Belang[];
  readonly questions: readonly WhyQuestion[];
}

/** @internal One revision of the ambition with its change against the one before. */
export interface RevisionEntry {
  readonly revision: number;
  readonly by: string;
  readonly reason: string | null;
  readonly substantive: boolean;
  /** The content at this revision. */
  readonly snapshot: AmbitionSnapshot;
  /** The change from the previous revision; `null` for revision 1. */
  readonly diff: AmbitionDiff | null;
}

/** @internal Everything the report shows, computed once for both formats. */
export interface ReportData {
  readonly lang: Lang;
  readonly samenwerking: Samenwerking;
  readonly partners: readonly Partner[];
  readonly names: ReadonlyMap<string, string>;
  readonly belangById: ReadonlyMap<string, Belang>;
  readonly lens: LensProfile;
  readonly coverage: InterestCoverage;
  readonly belangenByNiveau: { readonly [N in Niveau]: readonly Belang[] };
  readonly served: ReadonlySet<string>;
  readonly positions: readonly PositionEntry[];
  readonly winWin: WinWinResult;
  /** Where the partners stand; `null` when the document has no voorstellen and no reacties. */
  readonly stand: {
    readonly consensus: ConsensusResult;
    readonly whyNot: readonly WhyNotTarget[];
    readonly texts: Readonly<Record<string, string>>;
  } | null;
  readonly revisions: readonly RevisionEntry[];
  readonly ownership: Ownership;
}

/** @internal Splits a text into plain pieces and marked pieces; overlapping cues merge. */
export function markCues(text: string, cues: readonly Cue[]): Piece[] {
  const sorted = [...cues]
    .filter((c) => c.start >= 0 && c.end <= text.length && c.end > c.start)
    .sort((a, b) => a.start - b.start || a.end - b.end || compareStrings(a.id, b.id));
  const pieces: Piece[] = [];
  let at = 0;
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i] as Cue;
    let end = first.end;
    const group: Cue[] = [first];
    i++;
    while (i < sorted.length && (sorted[i] as Cue).start < end) {
      const c = sorted[i] as Cue;
      group.push(c);
      if (c.end > end) end = c.end;
      i++;
    }
    if (first.start > at) pieces.push({ text: text.slice(at, first.start), cues: [] });
    pieces.push({ text: text.slice(first.start, end), cues: group });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), cues: [] });
  return pieces;
}

const byPartnerThenId = (
  a: { partnerId: string; id: string },
  b: { partnerId: string; id: string },
): number => compareStrings(a.partnerId, b.partnerId) || compareStrings(a.id, b.id);

/** @internal Computes everything the report shows from a validated collaboration. */
export function reportData(
  s: Samenwerking,
  lang: Lang,
  concepts: CoverageOptions = {},
): ReportData {
  const partners = [...s.partners].sort((a, b) => compareStrings(a.id, b.id));
  const names = new Map(partners.map((p) => [p.id, p.name]));
  const belangById = new Map(s.belangen.map((b) => [b.id, b]));
  const coverage = interestCoverage(s, concepts);
  const unserved = new Set<string>();
  for (const n of NIVEAUS) for (const id of coverage.byNiveau[n].unservedBelangen) unserved.add(id);
  const served = new Set(
    s.ambition === undefined ? [] : s.belangen.filter((b) => !unserved.has(b.id)).map((b) => b.id),
  );
  const sortedBelangen = [...s.belangen].sort(byPartnerThenId);
  const belangenByNiveau = {
    individu: sortedBelangen.filter((b) => b.niveau === "individu"),
    organisatie: sortedBelangen.filter((b) => b.niveau === "organisatie"),
    netwerk: sortedBelangen.filter((b) => b.niveau === "netwerk"),
  };
  const positions = [...s.standpunten].sort(byPartnerThenId).map((sp): PositionEntry => {
    const classification = classifyStatement(sp.text);
    const shown = shownCues(classification.cues);
    return {
      standpunt: sp,
      classification,
      shown,
      spans: shownSpans(classification.cues),
      pieces: markCues(sp.text, shown),
      belangen: (sp.belangIds ?? [])
        .map((id) => belangById.get(id))
        .filter((b): b is Belang => b !== undefined),
      questions: whyQuestions(sp),
    };
  });
  const a = s.ambition;
  // Every revision in one walk over the history: linear in its length.
  const replayed = a === undefined ? [] : ambitionRevisions(a);
  const revisions: RevisionEntry[] =
    a === undefined
      ? []
      : a.history.map((h, i) => {
          const r = replayed[i] as (typeof replayed)[number];
          return {
            revision: h.revision,
            by: h.by,
            reason: h.reason ?? null,
            substantive: h.substantive,
            snapshot: r.snapshot,
            diff: r.diff,
          };
        });
  return {
    lang,
    samenwerking: s,
    partners,
    names,
    belangById,
    lens: lensProfile(s),
    coverage,
    belangenByNiveau,
    served,
    positions,
    winWin: suggestWinWin(s, concepts),
    stand:
      (s.voorstellen ?? []).length === 0 && (s.reacties ?? []).length === 0
        ? null
        : {
            consensus: consensus(s),
            whyNot: whyNot(s),
            texts: Object.fromEntries([
              ...s.standpunten.map((sp) => [sp.id, sp.text] as const),
              ...(s.voorstellen ?? []).map((v) => [v.id, v.text] as const),
            ]),
          },
    revisions,
    ownership: ownership(s),
  };
}

/** @internal The labels of a partner's lenses, joined. */
export function lensLabels(p: Partner, lang: Lang): string {
  return p.brillen.map((b) => BRIL_TEXT[b][lang].label).join(", ");
}

/** @internal A number with the language's decimal separator. */
export function decimal(x: number, lang: Lang): string {
  return String(Math.round(x * 100) / 100).replace(".", REPORT[lang].decimalSeparator);
}
