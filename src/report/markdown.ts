import { sharedKeys } from "../analyses/win-win";
import { nameOf, percent } from "../charts/svg";
import { isControl, isLineBreak } from "../internal/text";
import { BRIL_TEXT, BRILLEN } from "../model/bril";
import { NIVEAU_TEXT, NIVEAUS } from "../model/niveau";
import { cueFamilyLabels } from "../statements/families";
import { decimal, lensLabels, type Piece, type ReportData } from "./data";
import { reportWords } from "./words";

/**
 * @internal The one escaping function for every text that enters the Markdown report
 * (CommonMark and GitHub tables): line breaks of every kind (`\n`, `\r`, U+0085, U+2028,
 * U+2029) and tabs fold to one space, other control characters are dropped, a backslash goes
 * before every character that could start inline markup (emphasis, code, links, images, HTML,
 * entities, table pipes, strikethrough), and what could start a block at the beginning of a
 * text (a list marker, a setext underline, an indent) is escaped or shortened to one space. The result is
 * always plain text on one line. Linear in the length of the text.
 */
export function md(text: string): string {
  let out = "";
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c) || c === 0x09) {
      space = true;
      continue;
    }
    if (isControl(c)) continue;
    if (space) {
      out += " ";
      space = false;
    }
    const ch = text[i] as string;
    out += MARKUP.includes(ch) ? `\\${ch}` : ch;
  }
  if (space) out += " ";
  return out
    .replace(/^ {2,}/, " ")
    .replace(/^[-+=]/, (c) => `\\${c}`)
    .replace(/^(\d{1,9})([.)])/, "$1\\$2");
}

/** Characters that could start inline markup in CommonMark or GitHub Markdown. */
const MARKUP = "\\`*_[]<>|#~&!";

function list(items: readonly string[], empty: string): string {
  return items.length === 0 ? md(empty) : items.map(md).join(", ");
}

function marked(pieces: readonly Piece[]): string {
  // Inline HTML is valid CommonMark and, unlike emphasis, works next to punctuation.
  return pieces
    .map((p) => (p.cues.length === 0 ? md(p.text) : `<mark>${md(p.text)}</mark>`))
    .join("");
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ];
}

/** @internal Renders the report as Markdown (CommonMark with GitHub tables), without charts; cue spans in `<mark>`. */
export function renderMarkdown(d: ReportData): string {
  const { lang } = d;
  const w = reportWords(lang);
  const s = d.samenwerking;
  const name = (id: string): string => nameOf(d.names, id);
  const out: string[] = [];

  out.push(
    `# ${md(s.name ?? w.untitled)}`,
    "",
    `${md(w.reportOf)} · ${md(w.summary(s.partners.length, s.belangen.length, s.standpunten.length))}`,
    "",
    `*${md(w.chartsNote)}*`,
    "",
    `## ${md(w.partners)}`,
    "",
    ...(d.partners.length === 0
      ? [`*${md(w.noPartners)}*`]
      : table(
          [w.partner, w.organisation, w.lenses, w.influence].map(md),
          d.partners.map((p) => [
            md(p.name),
            md(p.organisation ?? ""),
            md(lensLabels(p, lang)),
            p.influence === undefined ? "" : md(decimal(p.influence, lang)),
          ]),
        )),
    "",
  );

  const lp = d.lens;
  out.push(
    `## ${md(w.lensProfile)}`,
    "",
    ...table(
      [w.lens, w.declaredBy, w.expressedBy].map(md),
      BRILLEN.map((b) => [
        md(BRIL_TEXT[b][lang].label),
        list(lp.byBril[b].map(name), w.nobody),
        list(lp.expressedByBril[b].map(name), w.nobody),
      ]),
    ),
    "",
    `- **${md(w.missingLenses)}:** ${list(
      lp.missing.map((b) => BRIL_TEXT[b][lang].label),
      w.none,
    )}`,
    `- **${md(w.missingExpressed)}:** ${list(
      lp.missingExpressed.map((b) => BRIL_TEXT[b][lang].label),
      w.none,
    )}`,
  );
  if (lp.manyBrillen.length > 0) {
    out.push(`- **${md(w.manyLenses)}:** ${list(lp.manyBrillen.map(name), w.none)}`);
  }
  out.push("");
  const onlyExpressed = lp.partners.filter((p) => p.onlyExpressed.length > 0);
  if (onlyExpressed.length > 0) {
    out.push(`### ${md(w.onlyExpressed)}`, "", md(w.onlyExpressedIntro), "");
    for (const p of onlyExpressed) {
      out.push(
        `- ${md(name(p.partnerId))}: ${list(
          p.onlyExpressed.map((b) => BRIL_TEXT[b][lang].label),
          w.none,
        )}`,
      );
    }
    out.push("");
  }

  const cov = d.coverage;
  out.push(
    `## ${md(w.coverage)}`,
    "",
    ...table(
      [w.level, w.known, w.served, w.missingPartners].map(md),
      NIVEAUS.map((n) => {
        const k = cov.byNiveau[n];
        return [
          md(NIVEAU_TEXT[n][lang].label),
          `${k.partnersWithBelang}/${k.partnersTotal} (${percent(k.articulation)})`,
          k.served === null
            ? md(w.noAmbitionServed)
            : `${k.belangenServed}/${k.belangenTotal} (${percent(k.served)})`,
          list(k.missingPartners.map(name), w.none),
        ];
      }),
    ),
    "",
    s.belangen.length === 0
      ? `**${md(w.balance)}:** ${md(w.noBalance)}`
      : `**${md(w.balance)}:** ${md(decimal(cov.balance, lang))} (${md(w.balanceNote)})`,
    "",
  );
  for (const n of NIVEAUS) {
    out.push(`### ${md(w.belangenOn(NIVEAU_TEXT[n][lang].label))}`, "");
    const bs = d.belangenByNiveau[n];
    if (bs.length === 0) out.push(`*${md(w.noBelangen)}*`);
    for (const b of bs) {
      const themes =
        b.themes === undefined || b.themes.length === 0
          ? ""
          : ` (${b.themes.map((t) => `*${md(t)}*`).join(", ")})`;
      const mark =
        s.ambition === undefined
          ? ""
          : d.served.has(b.id)
            ? ` ✓ ${md(w.servedMark)}`
            : ` ○ ${md(w.notServedMark)}`;
      out.push(`- **${md(name(b.partnerId))}**: ${md(b.text)}${themes}${mark}`);
    }
    out.push("");
  }

  out.push(`## ${md(w.positions)}`, "", `${md(w.positionsIntro)} ${md(w.confidenceNote)}`, "");
  if (d.positions.length === 0) out.push(`*${md(w.noPositions)}*`, "");
  for (const pos of d.positions) {
    const c = pos.classification;
    out.push(
      `### ${md(name(pos.standpunt.partnerId))}`,
      "",
      `> ${marked(pos.pieces)}`,
      "",
      `- **${md(w.classifiedAs)}:** ${md(w.kind[c.kind])} (${md(w.confidence)} ${percent(c.confidence)})`,
      `- **${md(w.cues)}:** ${
        pos.spans.length === 0
          ? md(w.noCues)
          : pos.spans
              .map(
                (q) =>
                  `“${md(q.text)}” (${md(cueFamilyLabels(q.families, { lang }))} → ${md(w.kind[q.kind])})`,
              )
              .join(", ")
      }`,
    );
    if (c.segments.length > 1) {
      out.push(`- **${md(w.parts)}:**`);
      for (const g of c.segments) out.push(`  - ${md(w.kind[g.kind])}: “${md(g.text)}”`);
    }
    if (pos.belangen.length > 0) {
      out.push(`- **${md(w.belangenFound)}:**`);
      for (const b of pos.belangen) {
        out.push(`  - ${md(b.text)} (${md(NIVEAU_TEXT[b.niveau][lang].label)})`);
      }
    }
    out.push("", `#### ${md(w.whyQuestions)}`, "");
    for (const [i, q] of pos.questions.entries()) {
      const tags = [NIVEAU_TEXT[q.niveau][lang].label];
      if (q.bril !== null) tags.push(BRIL_TEXT[q.bril][lang].label);
      if (q.focus) tags.push(w.focus);
      const text = `${md(q.question)} (${md(tags.join(", "))})`;
      out.push(`${i + 1}. ${q.focus ? `**${text}**` : text}`);
    }
    out.push("");
  }

  if (d.stand !== null) {
    const { consensus: c, whyNot: no, texts } = d.stand;
    const pct = (x: number): string => `${Math.round(x * 100)}%`;
    out.push(`## ${md(w.stand)}`, "", md(w.standIntro), "");
    out.push(
      ...table(
        [w.proposal, w.reactions, w.support, ...c.groupNames.map(md), w.notYet],
        c.targets.map((t) => [
          md(texts[t.targetId] ?? t.targetId),
          `${t.counts.eens} / ${t.counts.oneens} / ${t.counts.pas}`,
          `${pct(t.support.mean)} (${pct(t.support.low)}–${pct(t.support.high)})`,
          ...t.groups.map((g) => pct(g.support.mean)),
          t.missing.length === 0 ? w.noneYet : t.missing.map((id) => md(name(id))).join(", "),
        ]),
      ),
      "",
    );
    out.push(
      `**${md(w.bridging)}:** ${c.bridging.length === 0 ? w.noneYet : c.bridging.map((id) => md(texts[id] ?? id)).join("; ")}`,
      "",
    );
    out.push(
      `**${md(w.divisive)}:** ${c.divisive.length === 0 ? w.noneYet : c.divisive.map((id) => md(texts[id] ?? id)).join("; ")}`,
      "",
    );
    if (no.length > 0) {
      out.push(`### ${md(w.whyNot)}`, "");
      for (const t of no) {
        out.push(
          `- **${md(texts[t.targetId] ?? t.targetId)}** (${t.oneens} × ${md(w.stance.oneens)}, ${t.pas} × ${md(w.stance.pas)})`,
        );
        for (const r of t.reasons)
          out.push(
            `  - ${md(name(r.partnerId))} (${md(w.stance[r.stance])}, ${md(w.kind[r.kind])}): ${md(r.reason)}`,
          );
      }
      out.push("");
    }
  }

  const ww = d.winWin;
  out.push(`## ${md(w.winWin)}`, "", md(w.winWinIntro), "");
  if (ww.intersections.length === 0) {
    out.push(`*${md(w.noIntersections)}*`, "");
  } else {
    out.push(
      ...table(
        ["#", ...[w.themes, w.partners, w.levels, w.lenses, w.score].map(md)],
        ww.intersections.map((x, i) => [
          String(i + 1),
          list(sharedKeys(x), "—"),
          list(x.partnerIds.map(name), w.nobody),
          list(
            x.niveaus.map((n) => NIVEAU_TEXT[n][lang].label),
            w.none,
          ),
          list(
            x.brillen.map((b) => BRIL_TEXT[b][lang].label),
            w.none,
          ),
          md(decimal(x.score, lang)),
        ]),
      ),
      "",
      `*${md(w.scoreNote)}*`,
      "",
    );
  }
  out.push(`### ${md(w.plan)}`, "");
  if (ww.plan.intersections.length > 0) {
    out.push(md(w.planIntro), "");
    for (const [i, x] of ww.plan.intersections.entries()) {
      out.push(
        `${i + 1}. **${list(sharedKeys(x), "—")}**: ${list(x.partnerIds.map(name), w.nobody)}`,
      );
    }
    out.push("");
  }
  out.push(
    `- **${md(w.reached)}:** ${list(ww.plan.partnersReached.map(name), w.nobody)}`,
    `- **${md(w.notReached)}:** ${list(ww.plan.partnersNotReached.map(name), w.nobody)}${
      ww.plan.partnersNotReached.length > 0 ? ` — ${md(w.notReachedNote)}` : ""
    }`,
    "",
  );

  out.push(`## ${md(w.ambition)}`, "");
  const a = s.ambition;
  if (a === undefined) {
    out.push(`*${md(w.noAmbition)}*`, "");
  } else {
    out.push(
      `**${md(w.currentText)}** (${md(w.revision)} ${a.revision}):`,
      "",
      `> ${md(a.text)}`,
      "",
      `**${md(w.themes)}:** ${list(a.themes, w.none)}`,
      "",
      `### ${md(w.history)}`,
      "",
    );
    for (const r of d.revisions) {
      out.push(
        `${r.revision}. **${md(w.revision)} ${r.revision}** ${md(w.by)} ${md(name(r.by))}${r.substantive ? "" : ` (${md(w.editorial)})`} — ${md(w.reason)}: ${r.reason === null ? `*${md(w.noReason)}*` : `“${md(r.reason)}”`}`,
      );
      const changes: string[] = [];
      if (r.diff === null) {
        changes.push(`${md(w.created)}: “${md(r.snapshot.text)}”`);
      } else {
        const df = r.diff;
        if (df.text !== null) {
          changes.push(`${md(w.textChanged)}: ~~${md(df.text.before)}~~ → “${md(df.text.after)}”`);
        }
        if (df.themesAdded.length > 0)
          changes.push(`${md(w.themesAdded)}: ${list(df.themesAdded, "")}`);
        if (df.themesRemoved.length > 0)
          changes.push(`${md(w.themesRemoved)}: ${list(df.themesRemoved, "")}`);
        const belang = (id: string): string => {
          const b = d.belangById.get(id);
          return b === undefined ? id : `${name(b.partnerId)}: ${b.text}`;
        };
        if (df.belangIdsAdded.length > 0) {
          changes.push(`${md(w.belangenAdded)}: ${list(df.belangIdsAdded.map(belang), "")}`);
        }
        if (df.belangIdsRemoved.length > 0) {
          changes.push(`${md(w.belangenRemoved)}: ${list(df.belangIdsRemoved.map(belang), "")}`);
        }
        if (changes.length === 0) changes.push(`*${md(w.noChange)}*`);
      }
      for (const ch of changes) out.push(`   - ${ch}`);
    }
    out.push("");
  }
  const own = d.ownership;
  out.push(
    `### ${md(w.ownership)}`,
    "",
    `**${md(w.share)}:** ${own.endorsed.length}/${d.partners.length} (${percent(own.share)})`,
    "",
    `- ${md(w.endorsed)}: ${list(own.endorsed.map(name), w.nobody)}`,
    `- ${md(w.notEndorsed)}: ${list(own.notEndorsed.map(name), w.nobody)}`,
    `- ${md(w.endorsedEarlier)}: ${list(own.endorsedEarlier.map(name), w.nobody)}`,
    "",
    "---",
    "",
    `*${md(w.generatedBy)}*`,
    "",
  );
  return out.join("\n");
}
