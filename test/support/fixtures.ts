/** A small, valid collaboration document as plain JSON, for tests to copy and break. */
export function smallDoc(): {
  partners: Record<string, unknown>[];
  belangen: Record<string, unknown>[];
  standpunten: Record<string, unknown>[];
  [key: string]: unknown;
} {
  return {
    partners: [
      { id: "p1", name: "An", brillen: ["utilitair"] },
      {
        id: "p2",
        name: "Bert",
        organisation: "OCMW",
        brillen: ["zingevend", "relationeel"],
        influence: 0.5,
      },
    ],
    belangen: [
      { id: "b1", partnerId: "p1", niveau: "individu", text: "Ik wil minder administratie." },
      {
        id: "b2",
        partnerId: "p2",
        niveau: "netwerk",
        text: "Niemand valt uit de boot.",
        themes: ["armoede"],
        weight: 2,
      },
    ],
    standpunten: [
      { id: "s1", partnerId: "p1", text: "De stad betaalt een coördinator.", belangIds: ["b1"] },
    ],
  };
}
