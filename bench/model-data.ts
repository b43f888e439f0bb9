import {
  BRILLEN,
  createAmbition,
  NIVEAUS,
  reviseAmbition,
  type SharedAmbition,
} from "../src/index";

/**
 * A valid collaboration document (plain JSON) with `n` partners, `perPartner` belangen (5 by
 * default) and 1 standpunt each.
 */
export function makeDocument(n: number, perPartner = 5): Record<string, unknown> {
  const partners = [];
  const belangen = [];
  const standpunten = [];
  for (let i = 0; i < n; i++) {
    partners.push({
      id: `p${i}`,
      name: `Partner ${i}`,
      organisation: `Organisatie ${i % 97}`,
      brillen: [BRILLEN[i % 4], BRILLEN[(i + 1) % 4]],
      influence: (i % 10) / 10,
    });
    for (let j = 0; j < perPartner; j++) {
      belangen.push({
        id: `b${i}-${j}`,
        partnerId: `p${i}`,
        niveau: NIVEAUS[j % 3],
        text: "Wij willen dat elk gezin in de regio snel de juiste hulp vindt.",
        themes: [`thema${(i * 7 + j) % 500}`, `onderwerp${(i + j * 13) % 500}`],
        weight: 1 + (j % 3),
      });
    }
    standpunten.push({
      id: `s${i}`,
      partnerId: `p${i}`,
      text: "De stad betaalt de coördinator.",
      belangIds: [`b${i}-0`],
    });
  }
  return { name: `Synthetic network of ${n}`, partners, belangen, standpunten };
}

/** A shared ambition with `revisions` revisions, alternating text, theme and belang changes. */
export function makeAmbition(revisions: number): SharedAmbition {
  let a = createAmbition({ text: "Samen sterker in de regio.", themes: ["regio"], by: "p0" });
  for (let r = 2; r <= revisions; r++) {
    a = reviseAmbition(
      a,
      (d) => {
        if (r % 3 === 0) d.text = `Samen sterker in de regio, versie ${r}.`;
        else if (r % 3 === 1) d.themes.push(`thema${r}`);
        else d.belangIds.push(`b${r}-0`);
      },
      { by: `p${r % 8}` },
    );
  }
  return a;
}

/** Median wall-clock time of `runs` calls of `fn`, in milliseconds. */
export function median(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}
