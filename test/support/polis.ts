import { readFileSync } from "node:fs";
import type { Reactie } from "../../src/index";

/** The Pol.is brexit-consensus fixture (CC BY 4.0, see test/fixtures/polis/README.md). */
export function brexit(): { reacties: Reactie[]; polisGroups: Map<string, string> } {
  const text = readFileSync(
    new URL("../fixtures/polis/brexit-consensus.csv", import.meta.url),
    "utf8",
  );
  const reacties: Reactie[] = [];
  const polisGroups = new Map<string, string>();
  for (const line of text.trim().split("\n").slice(1)) {
    const [p, t, v, g] = line.split(",");
    const stance = v === "1" ? "eens" : v === "-1" ? "oneens" : "pas";
    reacties.push({ partnerId: `p${p}`, targetId: `c${t}`, stance });
    if (g) polisGroups.set(`p${p}`, g);
  }
  return { reacties, polisGroups };
}
