/**
 * `npm run demo`: the library's main job on the embedded example collaboration, printed for a
 * facilitator in the terminal, and the facilitator's report written as an HTML page.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import {
  BRIL_TEXT,
  BRILLEN,
  classifyStatement,
  consensus as consensusOf,
  exampleSamenwerking,
  interestCoverage,
  lensProfile,
  NIVEAU_TEXT,
  NIVEAUS,
  ownership,
  reactionModel,
  type Samenwerking,
  type StatementClassification,
  suggestWinWin,
  supportOverTime,
  whyNot,
  whyQuestions,
} from "../src/index";
import { report } from "../src/report/index";

const tty = process.stdout.isTTY === true;
const bold = (s: string): string => (tty ? `\x1b[1m${s}\x1b[0m` : s);
const dim = (s: string): string => (tty ? `\x1b[2m${s}\x1b[0m` : s);
const heading = (s: string): void => console.log(`\n${bold(s)}\n${"─".repeat(s.length)}`);
const pct = (x: number | null): string => (x === null ? "–" : `${Math.round(x * 100)}%`);

/** The statement with its cues marked: «standpunt cue» and ‹belang cue› (underlined on a terminal). */
function highlight(text: string, c: StatementClassification): string {
  let out = "";
  let at = 0;
  for (const cue of c.cues) {
    if (cue.start < at) continue; // overlapping cue: the first one is shown
    const open = cue.kind === "standpunt" ? "«" : "‹";
    const close = cue.kind === "standpunt" ? "»" : "›";
    const word = text.slice(cue.start, cue.end);
    out += text.slice(at, cue.start) + open + (tty ? `\x1b[4m${word}\x1b[24m` : word) + close;
    at = cue.end;
  }
  return out + text.slice(at);
}

function summary(s: Samenwerking): void {
  heading(s.name ?? "Samenwerking");
  console.log(
    `${s.partners.length} partners, ${s.belangen.length} belangen, ${s.standpunten.length} standpunten`,
  );
  for (const p of s.partners) {
    const lenses = p.brillen.map((b) => BRIL_TEXT[b].nl.label).join(", ");
    console.log(`  • ${p.name}${p.organisation ? ` (${p.organisation})` : ""}: ${lenses}`);
  }
}

function statements(s: Samenwerking): void {
  heading("Standpunt of belang? (cues: «standpunt» ‹belang›)");
  const all = [
    ...s.standpunten.map((x) => ({ id: x.id, text: x.text, said: "standpunt" })),
    ...s.belangen.map((x) => ({ id: x.id, text: x.text, said: "belang" })),
  ];
  let agree = 0;
  for (const st of all) {
    const c = classifyStatement(st.text);
    if (c.kind === st.said) agree++;
    const parts =
      c.segments.length > 1
        ? ` ${dim(`(${c.segments.map((g) => `${g.kind}: “${g.text}”`).join(" / ")})`)}`
        : "";
    console.log(
      `  ${c.kind.padEnd(9)} ${pct(c.confidence).padStart(4)}  ${highlight(st.text, c)}${parts}`,
    );
  }
  console.log(dim(`  ${agree} van de ${all.length} komen overeen met hoe ze ingevoerd werden`));

  heading("Waarom-vragen bij de standpunten");
  for (const sp of s.standpunten) {
    console.log(`  ${bold(sp.text)}`);
    for (const q of whyQuestions(sp)) {
      console.log(
        `    ${q.focus ? "→" : " "} ${NIVEAU_TEXT[q.niveau].nl.label.padEnd(11)} ${q.question}`,
      );
    }
  }
}

function coverage(s: Samenwerking): void {
  const cov = interestCoverage(s);
  heading("Belangen per niveau: gekend (✓) en gediend door de ambitie (★)");
  const names = new Map(s.partners.map((p) => [p.id, p.id]));
  console.log(
    `  ${"partner".padEnd(12)} ${NIVEAUS.map((n) => NIVEAU_TEXT[n].nl.label.padEnd(12)).join(" ")}`,
  );
  for (const row of cov.partners) {
    const cells = NIVEAUS.map((n) => {
      const cell = row.byNiveau[n];
      const mark = !cell.articulated ? "·" : cell.belangenServed > 0 ? "✓★" : "✓";
      return `${mark} ${cell.belangenTotal > 0 ? `(${cell.belangenServed}/${cell.belangenTotal})` : ""}`.padEnd(
        12,
      );
    });
    console.log(`  ${(names.get(row.partnerId) ?? row.partnerId).padEnd(12)} ${cells.join(" ")}`);
  }
  for (const n of NIVEAUS) {
    const c = cov.byNiveau[n];
    const missing =
      c.missingPartners.length > 0 ? `; nog onbekend bij ${c.missingPartners.join(", ")}` : "";
    console.log(
      `  ${NIVEAU_TEXT[n].nl.label}: gekend ${pct(c.articulation)}, gediend ${pct(c.served)}${missing}`,
    );
  }
  console.log(`  Evenwicht over de drie niveaus: ${cov.balance.toFixed(2)} (1 = gelijk verdeeld)`);
}

function lenses(s: Samenwerking): void {
  const profile = lensProfile(s);
  heading("Brillen aan tafel: gedragen en gehoord");
  for (const b of BRILLEN) {
    const declared = profile.byBril[b].join(", ") || "niemand";
    const expressed = profile.expressedByBril[b].join(", ") || "niemand";
    console.log(
      `  ${BRIL_TEXT[b].nl.label.padEnd(17)} gedragen door ${declared}; gehoord bij ${expressed}`,
    );
  }
  if (profile.missing.length > 0)
    console.log(
      `  Ontbreekt aan tafel: ${profile.missing.map((b) => BRIL_TEXT[b].nl.label).join(", ")}`,
    );
  for (const p of profile.partners) {
    if (p.onlyExpressed.length > 0) {
      console.log(
        dim(
          `  ${p.partnerId} spreekt ook vanuit: ${p.onlyExpressed.map((b) => BRIL_TEXT[b].nl.label).join(", ")}`,
        ),
      );
    }
  }
}

function winWin(s: Samenwerking): void {
  const result = suggestWinWin(s, { limit: 5 });
  heading("Win-win: waar belangen elkaar raken");
  for (const [i, x] of result.intersections.entries()) {
    console.log(
      `  ${i + 1}. ${x.themes.join(", ")}: ${x.partnerIds.join(", ")} ${dim(`(score ${x.score.toFixed(2)})`)}`,
    );
  }
  console.log(`  Plan: ${result.plan.intersections.map((x) => x.themes.join("+")).join(" · ")}`);
  console.log(`  Iedereen wint iets: ${result.plan.partnersReached.join(", ")}`);
  if (result.plan.partnersNotReached.length > 0) {
    console.log(`  Speelveld verruimen voor: ${result.plan.partnersNotReached.join(", ")}`);
  }
}

function ambition(s: Samenwerking): void {
  const a = s.ambition;
  heading("Gedeelde ambitie");
  if (!a) {
    console.log("Nog geen gedeelde ambitie.");
    return;
  }
  console.log(`  Revisie ${a.revision}: “${a.text}”`);
  console.log(`  Thema's: ${a.themes.join(", ")}`);
  for (const h of a.history)
    console.log(`  r${h.revision} door ${h.by}${h.reason ? `: ${h.reason}` : ""}`);
  const own = ownership(s);
  console.log(
    `  Eigenaarschap: ${pct(own.share)} (${own.endorsed.join(", ")}); nog niet: ${own.notEndorsed.join(", ")}`,
  );
  if (own.endorsedEarlier.length > 0) {
    console.log(
      `  Opnieuw vragen (steunden een eerdere revisie): ${own.endorsedEarlier.join(", ")}`,
    );
  }
}

function stand(s: Samenwerking): void {
  console.log("\nWaar staan de partners?");
  const text = new Map((s.voorstellen ?? []).map((v) => [v.id, v.text]));
  for (const sp of s.standpunten) text.set(sp.id, sp.text);
  const c = consensusOf(s);
  for (const t of c.targets) {
    const groups = t.groups.map((g) => `${g.group} ${pct(g.support.mean)}`).join(", ");
    console.log(
      `  ${text.get(t.targetId)}\n    ${t.counts.eens} eens, ${t.counts.oneens} oneens, ${t.counts.pas} pas; draagvlak ${pct(t.support.mean)} (90%: ${pct(t.support.low)}–${pct(t.support.high)}); per bril: ${groups}${t.missing.length ? `; nog niet: ${t.missing.join(", ")}` : ""}`,
    );
  }
  console.log(`  Gedragen over alle brillen: ${c.bridging.join(", ") || "geen"}`);
  console.log(`  Verdelen de tafel: ${c.divisive.join(", ") || "geen"}`);
  for (const w of whyNot(s))
    for (const r of w.reasons)
      console.log(`  Nee/pas op ${w.targetId} van ${r.partnerId} (${r.kind}): ${r.reason}`);
  const model = reactionModel(s.reacties ?? []);
  const p = model.predict("mantelzorg", "v-zetel");
  console.log(
    `  Geschat: mantelzorg over v-zetel: eens ${pct(p.eens)}, oneens ${pct(p.oneens)}, pas ${pct(p.pas)}`,
  );
  for (const t of supportOverTime(s)) console.log(`  Verloop ${t.targetId}: ${t.trend}`);
}

const example = exampleSamenwerking();
summary(example);
statements(example);
lenses(example);
coverage(example);
winWin(example);
stand(example);
ambition(example);

const out = resolve(import.meta.dirname, "..", "out", "rapport.html");
mkdirSync(resolve(out, ".."), { recursive: true });
writeFileSync(out, report(example, { lang: "nl", format: "html" }));
console.log(
  `\nHet rapport voor de facilitator staat in ${relative(process.cwd(), out)} (open het in een browser).`,
);
