import { sharedKeys } from "../analyses/win-win";
import { coverageMatrixChart } from "../charts/coverage-chart";
import { lensProfileChart } from "../charts/lens-profile-chart";
import { consensusChart } from "../charts/reactions-chart";
import { esc, nameOf, percent } from "../charts/svg";
import { winWinChart } from "../charts/win-win-chart";
import { BRIL_TEXT, BRILLEN } from "../model/bril";
import { NIVEAU_TEXT, NIVEAUS } from "../model/niveau";
import { cueFamilyLabel, cueFamilyLabels } from "../statements/families";
import { decimal, lensLabels, type Piece, type ReportData } from "./data";
import { reportWords } from "./words";

/** @internal The page's style sheet: screen and print. */
function css(): string {
  return [
    ":root{color-scheme:light;--ink:#1a1a1a;--muted:#555;--line:#c8c8c8;--soft:#f4f4f4}",
    "*{box-sizing:border-box}",
    "body{margin:0;color:var(--ink);background:#fff;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif}",
    "main{max-width:62rem;margin:0 auto;padding:2rem 1.5rem 4rem}",
    "h1{font-size:2rem;line-height:1.2;margin:0 0 .25rem}",
    "h2{font-size:1.5rem;margin:2.5rem 0 .75rem;padding-bottom:.25rem;border-bottom:2px solid var(--ink)}",
    "h3{font-size:1.2rem;margin:1.75rem 0 .5rem}",
    "h4{font-size:1rem;margin:1rem 0 .25rem}",
    ".meta,.note{color:var(--muted)}",
    ".status{white-space:nowrap}",
    "nav ol{columns:2;margin:.5rem 0 0}",
    "a{color:#0b57a4}",
    ".scroll{overflow-x:auto;margin:.5rem 0 1rem}",
    "table{border-collapse:collapse;width:100%;font-size:.95rem}",
    "th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}",
    "thead th{background:var(--soft)}",
    "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}",
    "body{overflow-wrap:break-word}",
    "figure{margin:1rem 0;overflow-x:auto}",
    // On screen a chart keeps its size (its text stays readable) and scrolls in its own box.
    "figure svg{display:block;max-width:none;height:auto}",
    "figcaption{color:var(--muted);font-size:.9rem;margin-top:.25rem}",
    "blockquote{margin:.5rem 0;padding:.5rem 1rem;border-left:4px solid #0072B2;background:var(--soft)}",
    "mark{background:#F0E442;color:#000;padding:0 .1em;border-bottom:2px solid #000}",
    "mark.belang{background:#56B4E9;border-bottom-style:dotted}",
    "article.position{border:1px solid var(--line);border-radius:.4rem;padding:.25rem 1rem 1rem;margin:1rem 0}",
    "article.position h3{margin-top:.75rem}",
    "ol.questions li.focus{font-weight:600}",
    "del{background:#fde2d6;text-decoration:line-through}",
    "ins{background:#d5f0e6;text-decoration:underline}",
    ".tag{display:inline-block;border:1px solid var(--line);border-radius:1rem;padding:0 .5rem;margin:0 .25rem .25rem 0;font-size:.9rem}",
    "footer{margin-top:3rem;color:var(--muted);font-size:.9rem}",
    "@media print{",
    "@page{margin:1.5cm}",
    "body{font-size:10.5pt}",
    "main{max-width:none;padding:0}",
    "nav{display:none}",
    "a{color:inherit;text-decoration:none}",
    "h2,h3,h4{break-after:avoid}",
    "figure,tr,article.position,blockquote{break-inside:avoid}",
    "figure{overflow:visible}",
    "figure svg{max-width:100%}",
    ".scroll{overflow:visible}",
    "mark,del,ins,thead th,blockquote{-webkit-print-color-adjust:exact;print-color-adjust:exact}",
    "}",
  ].join("\n");
}

function list(items: readonly string[], empty: string): string {
  return items.length === 0 ? esc(empty) : items.map(esc).join(", ");
}

function marked(
  pieces: readonly Piece[],
  kindWords: { standpunt: string; belang: string },
  lang: ReportData["lang"],
): string {
  return pieces
    .map((p) => {
      if (p.cues.length === 0) return esc(p.text);
      const kinds = new Set(p.cues.map((c) => c.kind));
      const cls = kinds.size === 1 && kinds.has("belang") ? ' class="belang"' : "";
      // One label per family and kind: merged cues of one family are named once.
      const title = [
        ...new Set(
          p.cues.map((c) => `${cueFamilyLabel(c.family, { lang })} → ${kindWords[c.kind]}`),
        ),
      ].join("; ");
      return `<mark${cls} title="${esc(title)}">${esc(p.text)}</mark>`;
    })
    .join("");
}

/** @internal Renders the report as one self-contained HTML page. */
export function renderHtml(d: ReportData): string {
  const { lang } = d;
  const w = reportWords(lang);
  const s = d.samenwerking;
  const name = (id: string): string => nameOf(d.names, id);
  const title = s.name ?? w.untitled;
  const out: string[] = [];
  const sections: [string, string][] = [
    ["partners", w.partners],
    ["lenses", w.lensProfile],
    ["coverage", w.coverage],
    ["positions", w.positions],
    ...(d.stand === null ? [] : [["stand", w.stand] as [string, string]]),
    ["win-win", w.winWin],
    ["ambition", w.ambition],
  ];

  out.push(
    "<!DOCTYPE html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(`${title} — ${w.reportOf}`)}</title>`,
    `<style>\n${css()}\n</style>`,
    "</head>",
    "<body>",
    "<main>",
    "<header>",
    `<h1>${esc(title)}</h1>`,
    `<p class="meta">${esc(w.reportOf)} · ${esc(w.summary(s.partners.length, s.belangen.length, s.standpunten.length))}</p>`,
    `<nav aria-label="${esc(w.contents)}"><ol>${sections.map(([id, t]) => `<li><a href="#${id}">${esc(t)}</a></li>`).join("")}</ol></nav>`,
    "</header>",
  );

  // Partners
  out.push(
    '<section id="partners" aria-labelledby="h-partners">',
    `<h2 id="h-partners">${esc(w.partners)}</h2>`,
  );
  if (d.partners.length === 0) out.push(`<p class="note">${esc(w.noPartners)}</p>`);
  else {
    out.push(
      `<div class="scroll" tabindex="0"><table><thead><tr><th scope="col">${esc(w.partner)}</th><th scope="col">${esc(w.organisation)}</th><th scope="col">${esc(w.lenses)}</th><th scope="col" class="num">${esc(w.influence)}</th></tr></thead><tbody>`,
    );
    for (const p of d.partners) {
      out.push(
        `<tr><th scope="row">${esc(p.name)}</th><td>${esc(p.organisation ?? "")}</td><td>${esc(lensLabels(p, lang))}</td><td class="num">${p.influence === undefined ? "" : esc(decimal(p.influence, lang))}</td></tr>`,
      );
    }
    out.push("</tbody></table></div>");
  }
  out.push("</section>");

  // Lens profile
  const lp = d.lens;
  out.push(
    '<section id="lenses" aria-labelledby="h-lenses">',
    `<h2 id="h-lenses">${esc(w.lensProfile)}</h2>`,
    `<figure>${lensProfileChart(lp, { lang, names: d.names, idPrefix: "report-lens" })}</figure>`,
    `<div class="scroll" tabindex="0"><table><thead><tr><th scope="col">${esc(w.lens)}</th><th scope="col">${esc(w.declaredBy)}</th><th scope="col">${esc(w.expressedBy)}</th></tr></thead><tbody>`,
  );
  for (const b of BRILLEN) {
    out.push(
      `<tr><th scope="row">${esc(BRIL_TEXT[b][lang].label)}</th><td>${list(lp.byBril[b].map(name), w.nobody)}</td><td>${list(lp.expressedByBril[b].map(name), w.nobody)}</td></tr>`,
    );
  }
  out.push(
    "</tbody></table></div>",
    `<p><strong>${esc(w.missingLenses)}:</strong> ${list(
      lp.missing.map((b) => BRIL_TEXT[b][lang].label),
      w.none,
    )}. <strong>${esc(w.missingExpressed)}:</strong> ${list(
      lp.missingExpressed.map((b) => BRIL_TEXT[b][lang].label),
      w.none,
    )}.</p>`,
  );
  if (lp.manyBrillen.length > 0) {
    out.push(
      `<p><strong>${esc(w.manyLenses)}:</strong> ${list(lp.manyBrillen.map(name), w.none)}.</p>`,
    );
  }
  const onlyExpressed = lp.partners.filter((p) => p.onlyExpressed.length > 0);
  if (onlyExpressed.length > 0) {
    out.push(`<h3>${esc(w.onlyExpressed)}</h3>`, `<p>${esc(w.onlyExpressedIntro)}</p>`, "<ul>");
    for (const p of onlyExpressed) {
      out.push(
        `<li>${esc(name(p.partnerId))}: ${list(
          p.onlyExpressed.map((b) => BRIL_TEXT[b][lang].label),
          w.none,
        )}</li>`,
      );
    }
    out.push("</ul>");
  }
  out.push("</section>");

  // Coverage
  const cov = d.coverage;
  out.push(
    '<section id="coverage" aria-labelledby="h-coverage">',
    `<h2 id="h-coverage">${esc(w.coverage)}</h2>`,
    `<figure>${coverageMatrixChart(cov, { lang, names: d.names, idPrefix: "report-cov" })}</figure>`,
    `<div class="scroll" tabindex="0"><table><thead><tr><th scope="col">${esc(w.level)}</th><th scope="col" class="num">${esc(w.known)}</th><th scope="col" class="num">${esc(w.served)}</th><th scope="col">${esc(w.missingPartners)}</th></tr></thead><tbody>`,
  );
  for (const n of NIVEAUS) {
    const k = cov.byNiveau[n];
    out.push(
      `<tr><th scope="row">${esc(NIVEAU_TEXT[n][lang].label)}</th><td class="num">${k.partnersWithBelang}/${k.partnersTotal} (${percent(k.articulation)})</td><td class="num">${k.served === null ? esc(w.noAmbitionServed) : `${k.belangenServed}/${k.belangenTotal} (${percent(k.served)})`}</td><td>${list(k.missingPartners.map(name), w.none)}</td></tr>`,
    );
  }
  out.push(
    "</tbody></table></div>",
    s.belangen.length === 0
      ? `<p><strong>${esc(w.balance)}:</strong> ${esc(w.noBalance)}</p>`
      : `<p><strong>${esc(w.balance)}:</strong> ${esc(decimal(cov.balance, lang))} <span class="note">(${esc(w.balanceNote)})</span></p>`,
  );
  for (const n of NIVEAUS) {
    const list2 = d.belangenByNiveau[n];
    out.push(`<h3>${esc(w.belangenOn(NIVEAU_TEXT[n][lang].label))}</h3>`);
    if (list2.length === 0) {
      out.push(`<p class="note">${esc(w.noBelangen)}</p>`);
      continue;
    }
    out.push("<ul>");
    for (const b of list2) {
      const mark =
        s.ambition === undefined
          ? ""
          : d.served.has(b.id)
            ? ` ✓ ${w.servedMark}`
            : ` ○ ${w.notServedMark}`;
      out.push(
        `<li><strong>${esc(name(b.partnerId))}</strong>: ${esc(b.text)}${b.themes === undefined || b.themes.length === 0 ? "" : ` ${b.themes.map((t) => `<span class="tag">${esc(t)}</span>`).join("")}`}<span class="note status">${esc(mark)}</span></li>`,
      );
    }
    out.push("</ul>");
  }
  out.push("</section>");

  // Positions
  out.push(
    '<section id="positions" aria-labelledby="h-positions">',
    `<h2 id="h-positions">${esc(w.positions)}</h2>`,
    `<p>${esc(w.positionsIntro)} ${esc(w.confidenceNote)}</p>`,
  );
  if (d.positions.length === 0) out.push(`<p class="note">${esc(w.noPositions)}</p>`);
  for (const pos of d.positions) {
    const c = pos.classification;
    out.push(
      '<article class="position">',
      `<h3>${esc(name(pos.standpunt.partnerId))}</h3>`,
      `<blockquote>${marked(pos.pieces, w.kind, lang)}</blockquote>`,
      `<p><strong>${esc(w.classifiedAs)}:</strong> ${esc(w.kind[c.kind])} (${esc(w.confidence)} ${percent(c.confidence)})</p>`,
      `<p><strong>${esc(w.cues)}:</strong> ${
        pos.spans.length === 0
          ? esc(w.noCues)
          : pos.spans
              .map(
                (q) =>
                  `“${esc(q.text)}” <span class="note">(${esc(cueFamilyLabels(q.families, { lang }))} → ${esc(w.kind[q.kind])})</span>`,
              )
              .join(", ")
      }</p>`,
    );
    if (c.segments.length > 1) {
      out.push(
        `<p><strong>${esc(w.parts)}:</strong></p><ul>${c.segments.map((g) => `<li>${esc(w.kind[g.kind])}: “${esc(g.text)}”</li>`).join("")}</ul>`,
      );
    }
    if (pos.belangen.length > 0) {
      out.push(
        `<p><strong>${esc(w.belangenFound)}:</strong></p><ul>${pos.belangen.map((b) => `<li>${esc(b.text)} <span class="note">(${esc(NIVEAU_TEXT[b.niveau][lang].label)})</span></li>`).join("")}</ul>`,
      );
    }
    out.push(`<h4>${esc(w.whyQuestions)}</h4>`, '<ol class="questions">');
    for (const q of pos.questions) {
      const tags = [NIVEAU_TEXT[q.niveau][lang].label];
      if (q.bril !== null) tags.push(BRIL_TEXT[q.bril][lang].label);
      if (q.focus) tags.push(w.focus);
      out.push(
        `<li${q.focus ? ' class="focus"' : ""}>${esc(q.question)} <span class="note">(${esc(tags.join(", "))})</span></li>`,
      );
    }
    out.push("</ol>", "</article>");
  }
  out.push("</section>");

  // Win-win
  if (d.stand !== null) {
    const { consensus: c, whyNot: no, texts } = d.stand;
    const pct = (x: number): string => `${Math.round(x * 100)}%`;
    const text = (id: string): string => esc(texts[id] ?? id);
    out.push(
      '<section id="stand" aria-labelledby="h-stand">',
      `<h2 id="h-stand">${esc(w.stand)}</h2>`,
      `<p>${esc(w.standIntro)}</p>`,
      `<figure>${consensusChart(s, { lang, idPrefix: "report-consensus" })}</figure>`,
      `<div class="scroll" tabindex="0"><table><thead><tr><th>${esc(w.proposal)}</th><th>${esc(w.reactions)}</th><th>${esc(w.support)}</th><th>${esc(w.notYet)}</th></tr></thead><tbody>`,
    );
    for (const t of c.targets)
      out.push(
        `<tr><td>${text(t.targetId)}</td><td>${t.counts.eens} / ${t.counts.oneens} / ${t.counts.pas}</td><td>${pct(t.support.mean)} (${pct(t.support.low)}–${pct(t.support.high)})</td><td>${t.missing.length === 0 ? esc(w.noneYet) : t.missing.map((id) => esc(name(id))).join(", ")}</td></tr>`,
      );
    out.push("</tbody></table></div>");
    out.push(
      `<p><strong>${esc(w.bridging)}:</strong> ${c.bridging.length === 0 ? esc(w.noneYet) : c.bridging.map(text).join("; ")}</p>`,
    );
    out.push(
      `<p><strong>${esc(w.divisive)}:</strong> ${c.divisive.length === 0 ? esc(w.noneYet) : c.divisive.map(text).join("; ")}</p>`,
    );
    if (no.length > 0) {
      out.push(`<h3>${esc(w.whyNot)}</h3>`, "<ul>");
      for (const t of no)
        out.push(
          `<li><strong>${text(t.targetId)}</strong> (${t.oneens} × ${esc(w.stance.oneens)}, ${t.pas} × ${esc(w.stance.pas)})<ul>${t.reasons.map((r) => `<li>${esc(name(r.partnerId))} (${esc(w.stance[r.stance])}, ${esc(w.kind[r.kind])}): ${esc(r.reason)}</li>`).join("")}</ul></li>`,
        );
      out.push("</ul>");
    }
    out.push("</section>");
  }

  const ww = d.winWin;
  out.push(
    '<section id="win-win" aria-labelledby="h-win-win">',
    `<h2 id="h-win-win">${esc(w.winWin)}</h2>`,
    `<p>${esc(w.winWinIntro)}</p>`,
    `<figure>${winWinChart(ww, { lang, names: d.names, idPrefix: "report-ww" })}</figure>`,
  );
  if (ww.intersections.length === 0) {
    out.push(`<p class="note">${esc(w.noIntersections)}</p>`);
  } else {
    out.push(
      `<div class="scroll" tabindex="0"><table><thead><tr><th scope="col" class="num">#</th><th scope="col">${esc(w.themes)}</th><th scope="col">${esc(w.partners)}</th><th scope="col">${esc(w.levels)}</th><th scope="col">${esc(w.lenses)}</th><th scope="col" class="num">${esc(w.score)}</th></tr></thead><tbody>`,
    );
    for (const [i, x] of ww.intersections.entries()) {
      out.push(
        `<tr><td class="num">${i + 1}</td><td>${list(sharedKeys(x), "—")}</td><td>${list(x.partnerIds.map(name), w.nobody)}</td><td>${list(
          x.niveaus.map((n) => NIVEAU_TEXT[n][lang].label),
          w.none,
        )}</td><td>${list(
          x.brillen.map((b) => BRIL_TEXT[b][lang].label),
          w.none,
        )}</td><td class="num">${esc(decimal(x.score, lang))}</td></tr>`,
      );
    }
    out.push("</tbody></table></div>", `<p class="note">${esc(w.scoreNote)}</p>`);
  }
  out.push(`<h3>${esc(w.plan)}</h3>`);
  if (ww.plan.intersections.length > 0) {
    out.push(`<p>${esc(w.planIntro)}</p>`, "<ol>");
    for (const x of ww.plan.intersections) {
      out.push(
        `<li><strong>${list(sharedKeys(x), "—")}</strong>: ${list(x.partnerIds.map(name), w.nobody)}</li>`,
      );
    }
    out.push("</ol>");
  }
  out.push(
    `<p><strong>${esc(w.reached)}:</strong> ${list(ww.plan.partnersReached.map(name), w.nobody)}.</p>`,
    `<p><strong>${esc(w.notReached)}:</strong> ${list(ww.plan.partnersNotReached.map(name), w.nobody)}.${
      ww.plan.partnersNotReached.length > 0
        ? ` <span class="note">${esc(w.notReachedNote)}</span>`
        : ""
    }</p>`,
    "</section>",
  );

  // Ambition
  out.push(
    '<section id="ambition" aria-labelledby="h-ambition">',
    `<h2 id="h-ambition">${esc(w.ambition)}</h2>`,
  );
  const a = s.ambition;
  if (a === undefined) {
    out.push(`<p class="note">${esc(w.noAmbition)}</p>`);
  } else {
    out.push(
      `<p><strong>${esc(w.currentText)}</strong> (${esc(w.revision)} ${a.revision}):</p>`,
      `<blockquote>${esc(a.text)}</blockquote>`,
      `<p><strong>${esc(w.themes)}:</strong> ${a.themes.length === 0 ? esc(w.none) : a.themes.map((t) => `<span class="tag">${esc(t)}</span>`).join("")}</p>`,
      `<h3>${esc(w.history)}</h3>`,
      "<ol>",
    );
    for (const r of d.revisions) {
      const head = `<strong>${esc(w.revision)} ${r.revision}</strong> ${esc(w.by)} ${esc(name(r.by))}${r.substantive ? "" : ` <span class="tag">${esc(w.editorial)}</span>`}`;
      const why = `<br>${esc(w.reason)}: ${r.reason === null ? `<span class="note">${esc(w.noReason)}</span>` : `“${esc(r.reason)}”`}`;
      const changes: string[] = [];
      if (r.diff === null) {
        changes.push(`${esc(w.created)}: “${esc(r.snapshot.text)}”`);
      } else {
        const df = r.diff;
        if (df.text !== null) {
          changes.push(
            `${esc(w.textChanged)}: <del>${esc(df.text.before)}</del> → <ins>${esc(df.text.after)}</ins>`,
          );
        }
        if (df.themesAdded.length > 0)
          changes.push(`${esc(w.themesAdded)}: <ins>${list(df.themesAdded, "")}</ins>`);
        if (df.themesRemoved.length > 0)
          changes.push(`${esc(w.themesRemoved)}: <del>${list(df.themesRemoved, "")}</del>`);
        const belang = (id: string): string => {
          const b = d.belangById.get(id);
          return b === undefined ? id : `${name(b.partnerId)}: ${b.text}`;
        };
        if (df.belangIdsAdded.length > 0) {
          changes.push(
            `${esc(w.belangenAdded)}: <ins>${list(df.belangIdsAdded.map(belang), "")}</ins>`,
          );
        }
        if (df.belangIdsRemoved.length > 0) {
          changes.push(
            `${esc(w.belangenRemoved)}: <del>${list(df.belangIdsRemoved.map(belang), "")}</del>`,
          );
        }
        if (changes.length === 0) changes.push(`<span class="note">${esc(w.noChange)}</span>`);
      }
      out.push(`<li>${head}${why}<ul>${changes.map((x) => `<li>${x}</li>`).join("")}</ul></li>`);
    }
    out.push("</ol>");
  }
  const own = d.ownership;
  out.push(
    `<h3>${esc(w.ownership)}</h3>`,
    `<p><strong>${esc(w.share)}:</strong> ${own.endorsed.length}/${d.partners.length} (${percent(own.share)})</p>`,
    "<ul>",
    `<li>${esc(w.endorsed)}: ${list(own.endorsed.map(name), w.nobody)}</li>`,
    `<li>${esc(w.notEndorsed)}: ${list(own.notEndorsed.map(name), w.nobody)}</li>`,
    `<li>${esc(w.endorsedEarlier)}: ${list(own.endorsedEarlier.map(name), w.nobody)}</li>`,
    "</ul>",
    "</section>",
    `<footer><p>${esc(w.generatedBy)}</p></footer>`,
    "</main>",
    "</body>",
    "</html>",
    "",
  );
  return out.join("\n");
}
