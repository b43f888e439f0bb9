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
/** A number as the report writes it in Dutch: a decimal comma, at most two decimals. */
const getal = (x: number): string =>
  new Intl.NumberFormat("nl-BE", { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(x);
let names = new Map<string, string>();
/** A partner by name, never by id. */
const name = (id: string): string => names.get(id) ?? id;
const namen = (ids: readonly string[]): string => ids.map(name).join(", ");
const TREND = {
  converging: "groeit naar elkaar toe",
  diverging: "groeit uit elkaar",
  stable: "blijft gelijk",
};

/**
 * The statement with its cues marked: «standpunt cue» and ‹belang cue› (underlined on a
 * terminal); the cues that weigh at least 0.5, as the report shows them.
 */
function highlight(text: string, c: StatementClassification): string {
  let out = "";
  let at = 0;
  for (const cue of c.cues.filter((q) => q.weight >= 0.5)) {
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
  heading("Standpunt of belang? (signaalwoorden: «standpunt» ‹belang›)");
  const all = [
    ...s.standpunten.map((x) => ({ id: x.id, text: x.text, said: "standpunt" })),
    ...s.belangen.map((x) => ({ id: x.id, text: x.text, said: "belang" })),
  ];
  let agree = 0;
  const other: string[] = [];
  for (const st of all) {
    const c = classifyStatement(st.text);
    if (c.kind === st.said) agree++;
    else other.push(`    ingevoerd als ${st.said}, gelezen als ${c.kind}: “${st.text}”`);
    const parts =
      c.segments.length > 1
        ? ` ${dim(`(${c.segments.map((g) => `${g.kind}: “${g.text}”`).join(" / ")})`)}`
        : "";
    console.log(
      `  ${c.kind.padEnd(9)} ${pct(c.confidence).padStart(4)}  ${highlight(st.text, c)}${parts}`,
    );
  }
  console.log(
    dim(
      `  ${agree} van de ${all.length} komen overeen met hoe ze ingevoerd werden; de andere ${other.length}:`,
    ),
  );
  for (const line of other) console.log(dim(line));

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
  console.log(
    `  ${"partner".padEnd(22)} ${NIVEAUS.map((n) => NIVEAU_TEXT[n].nl.label.padEnd(12)).join(" ")}`,
  );
  for (const row of cov.partners) {
    const cells = NIVEAUS.map((n) => {
      const cell = row.byNiveau[n];
      const mark = !cell.articulated ? "·" : cell.belangenServed > 0 ? "✓★" : "✓";
      return `${mark} ${cell.belangenTotal > 0 ? `(${cell.belangenServed}/${cell.belangenTotal})` : ""}`.padEnd(
        12,
      );
    });
    console.log(`  ${name(row.partnerId).padEnd(22)} ${cells.join(" ")}`);
  }
  for (const n of NIVEAUS) {
    const c = cov.byNiveau[n];
    const missing =
      c.missingPartners.length > 0 ? `; nog onbekend bij ${namen(c.missingPartners)}` : "";
    console.log(
      `  ${NIVEAU_TEXT[n].nl.label}: gekend ${pct(c.articulation)}, gediend ${pct(c.served)}${missing}`,
    );
  }
  console.log(`  Evenwicht over de drie niveaus: ${getal(cov.balance)} (1 = gelijk verdeeld)`);
}

function lenses(s: Samenwerking): void {
  const profile = lensProfile(s);
  heading("Brillen aan tafel: gedragen en gehoord");
  for (const b of BRILLEN) {
    const declared = namen(profile.byBril[b]) || "niemand";
    const expressed = namen(profile.expressedByBril[b]) || "niemand";
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
          `  ${name(p.partnerId)} spreekt ook vanuit: ${p.onlyExpressed.map((b) => BRIL_TEXT[b].nl.label).join(", ")}`,
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
      `  ${i + 1}. ${x.themes.join(", ")}: ${namen(x.partnerIds)} ${dim(`(score ${getal(x.score)})`)}`,
    );
  }
  console.log(`  Plan: ${result.plan.intersections.map((x) => x.themes.join("+")).join(" · ")}`);
  console.log(`  Iedereen wint iets: ${namen(result.plan.partnersReached)}`);
  if (result.plan.partnersNotReached.length > 0) {
    console.log(`  Speelveld verruimen voor: ${namen(result.plan.partnersNotReached)}`);
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
    console.log(`  Revisie ${h.revision} door ${name(h.by)}${h.reason ? `: ${h.reason}` : ""}`);
  const own = ownership(s);
  console.log(
    `  Eigenaarschap: ${pct(own.share)} (${namen(own.endorsed)}); nog niet: ${namen(own.notEndorsed)}`,
  );
  if (own.endorsedEarlier.length > 0) {
    console.log(`  Opnieuw vragen (steunden een eerdere revisie): ${namen(own.endorsedEarlier)}`);
  }
}

function stand(s: Samenwerking): void {
  heading("Waar staan de partners?");
  const text = new Map((s.voorstellen ?? []).map((v) => [v.id, v.text]));
  for (const sp of s.standpunten) text.set(sp.id, sp.text);
  const c = consensusOf(s);
  for (const t of c.targets) {
    const groups = t.groups.map((g) => `${g.group} ${pct(g.support.mean)}`).join(", ");
    console.log(
      `  ${text.get(t.targetId)}\n    ${t.counts.eens} eens, ${t.counts.oneens} oneens, ${t.counts.pas} pas; draagvlak ${pct(t.support.mean)} (90%: ${pct(t.support.low)}–${pct(t.support.high)}); per bril: ${groups}${t.missing.length ? `; nog niet: ${namen(t.missing)}` : ""}`,
    );
  }
  const said = (id: string): string => `“${text.get(id) ?? id}”`;
  console.log(`  Gedragen over alle brillen: ${c.bridging.map(said).join("; ") || "geen"}`);
  console.log(`  Verdelen de tafel: ${c.divisive.map(said).join("; ") || "geen"}`);
  for (const w of whyNot(s))
    for (const r of w.reasons)
      console.log(
        `  ${r.stance} op ${said(w.targetId)}: ${name(r.partnerId)} (${r.kind}): ${r.reason}`,
      );
  const model = reactionModel(s.reacties ?? []);
  const p = model.predict("mantelzorg", "v-zetel");
  console.log(
    `  Geschat: ${name("mantelzorg")} over ${said("v-zetel")}: eens ${pct(p.eens)}, oneens ${pct(p.oneens)}, pas ${pct(p.pas)}`,
  );
  for (const t of supportOverTime(s))
    console.log(`  Verloop van ${said(t.targetId)}: ${TREND[t.trend]}`);
}

const example = exampleSamenwerking();
names = new Map(example.partners.map((p) => [p.id, p.name]));
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
