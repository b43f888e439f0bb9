/**
 * `npm run demo`: the library's main job on the embedded example collaboration, printed for a
 * facilitator in the terminal.
 */
import {
  BRIL_TEXT,
  exampleSamenwerking,
  NIVEAU_TEXT,
  NIVEAUS,
  ownership,
  type Samenwerking,
} from "../src/index";

const bold = (s: string): string => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const heading = (s: string): void => console.log(`\n${bold(s)}\n${"─".repeat(s.length)}`);

function summary(s: Samenwerking): void {
  heading(s.name ?? "Samenwerking");
  console.log(
    `${s.partners.length} partners, ${s.belangen.length} belangen, ${s.standpunten.length} standpunten`,
  );
  for (const p of s.partners) {
    const lenses = p.brillen.map((b) => BRIL_TEXT[b].nl.label).join(", ");
    console.log(`  • ${p.name}${p.organisation ? ` (${p.organisation})` : ""}: ${lenses}`);
  }
  heading("Belangen per niveau");
  for (const niveau of NIVEAUS) {
    const list = s.belangen.filter((b) => b.niveau === niveau);
    console.log(`${NIVEAU_TEXT[niveau].nl.label} (${list.length})`);
    for (const b of list) console.log(`  - [${b.partnerId}] ${b.text}`);
  }
}

function ambition(s: Samenwerking): void {
  const a = s.ambition;
  heading("Gedeelde ambitie");
  if (!a) {
    console.log("Nog geen gedeelde ambitie.");
    return;
  }
  console.log(`Revisie ${a.revision}: “${a.text}”`);
  console.log(`Thema's: ${a.themes.join(", ")}`);
  for (const h of a.history) {
    console.log(`  r${h.revision} door ${h.by}${h.reason ? `: ${h.reason}` : ""}`);
  }
  const own = ownership(s);
  console.log(
    `Eigenaarschap: ${Math.round(own.share * 100)}% (${own.endorsed.join(", ")}); nog niet: ${own.notEndorsed.join(", ")}`,
  );
  if (own.endorsedEarlier.length > 0) {
    console.log(`Opnieuw vragen (steunden een eerdere revisie): ${own.endorsedEarlier.join(", ")}`);
  }
}

const example = exampleSamenwerking();
summary(example);
ambition(example);
