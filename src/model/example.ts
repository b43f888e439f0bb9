import { createAmbition, endorseAmbition, reviseAmbition, type SharedAmbition } from "./ambition";
import { parseSamenwerking, type Samenwerking } from "./samenwerking";

// The embedded example: a Flemish care network for older people who live at home, six partners
// around one table. The demo, the guides and the tests all use it.

const partners = [
  {
    id: "huisartsen",
    name: "Dr. Els Vermeulen",
    organisation: "Huisartsenkring Leie & Schelde",
    brillen: ["utilitair", "politiek"],
    influence: 0.8,
  },
  {
    id: "apothekers",
    name: "Koen De Smet",
    organisation: "Apothekersvereniging regio Deinze",
    brillen: ["utilitair"],
    influence: 0.5,
  },
  {
    id: "ocmw",
    name: "Fatima El Amrani",
    organisation: "Sociaal Huis Deinze",
    brillen: ["zingevend", "relationeel"],
    influence: 0.6,
  },
  {
    id: "thuiszorg",
    name: "Sofie Martens",
    organisation: "Thuiszorgdienst Familiehulp",
    brillen: ["relationeel"],
    influence: 0.4,
  },
  {
    id: "mantelzorg",
    name: "Jef Van Damme",
    organisation: "Vereniging Mantelzorgers Oost-Vlaanderen",
    brillen: ["zingevend"],
    influence: 0.2,
  },
  {
    id: "gemeente",
    name: "Schepen Lieve Claeys",
    organisation: "Gemeente Deinze",
    brillen: ["politiek", "utilitair"],
    influence: 0.9,
  },
] as const;

const belangen = [
  {
    id: "b-ha-1",
    partnerId: "huisartsen",
    niveau: "individu",
    text: "Ik verzuip in de administratie en wil weer meer tijd voor mijn patiënten.",
    themes: ["administratie", "tijd"],
    bril: "utilitair",
  },
  {
    id: "b-ha-2",
    partnerId: "huisartsen",
    niveau: "organisatie",
    text: "Onze kring moet de wachtdienst 's nachts en in het weekend rond krijgen.",
    themes: ["wachtdienst", "personeel"],
    weight: 2,
    bril: "utilitair",
  },
  {
    id: "b-ap-1",
    partnerId: "apothekers",
    niveau: "organisatie",
    text: "Onze apotheken willen mee beslissen over de medicatie van thuiswonende ouderen.",
    themes: ["medicatie", "inspraak"],
    bril: "politiek",
  },
  {
    id: "b-ap-2",
    partnerId: "apothekers",
    niveau: "netwerk",
    text: "Ouderen moeten hun geneesmiddelen ook 's nachts veilig kunnen krijgen.",
    themes: ["medicatie", "wachtdienst", "veiligheid"],
    weight: 2,
    bril: "zingevend",
  },
  {
    id: "b-oc-1",
    partnerId: "ocmw",
    niveau: "netwerk",
    text: "Geen enkele oudere mag vereenzamen omdat hulpverleners elkaar niet vinden.",
    themes: ["eenzaamheid", "samenwerking"],
    weight: 3,
    bril: "zingevend",
  },
  {
    id: "b-oc-2",
    partnerId: "ocmw",
    niveau: "organisatie",
    text: "Het sociaal huis moet aan de gemeenteraad kunnen tonen wat het netwerk oplevert.",
    themes: ["verantwoording"],
    bril: "politiek",
  },
  {
    id: "b-tz-1",
    partnerId: "thuiszorg",
    niveau: "individu",
    text: "Onze verzorgenden voelen zich niet gehoord door de artsen.",
    themes: ["erkenning", "samenwerking"],
    bril: "relationeel",
  },
  {
    id: "b-tz-2",
    partnerId: "thuiszorg",
    niveau: "netwerk",
    text: "Wij willen dat iedereen rond een oudere dezelfde informatie heeft.",
    themes: ["informatie", "samenwerking"],
    weight: 2,
    bril: "relationeel",
  },
  {
    id: "b-mz-1",
    partnerId: "mantelzorg",
    niveau: "individu",
    text: "Mantelzorgers zijn uitgeput en durven niet om hulp te vragen.",
    themes: ["mantelzorg", "eenzaamheid"],
    weight: 3,
    bril: "zingevend",
  },
  {
    id: "b-gm-1",
    partnerId: "gemeente",
    niveau: "organisatie",
    text: "De gemeente wil zichtbaar het verschil maken voor ouderen in de deelgemeenten.",
    themes: ["zichtbaarheid", "eenzaamheid"],
    bril: "politiek",
  },
  {
    id: "b-gm-2",
    partnerId: "gemeente",
    niveau: "netwerk",
    text: "Het zorgbudget van de gemeente moet efficiënt besteed worden.",
    themes: ["budget", "verantwoording"],
    bril: "utilitair",
  },
] as const;

const standpunten = [
  {
    id: "s-ha-1",
    partnerId: "huisartsen",
    text: "De gemeente moet een tweede coördinator betalen voor de wachtpost.",
    belangIds: ["b-ha-2"],
  },
  {
    id: "s-ap-1",
    partnerId: "apothekers",
    text: "We willen een vaste zetel in de stuurgroep van de eerstelijnszone.",
    belangIds: ["b-ap-1"],
  },
  {
    id: "s-tz-1",
    partnerId: "thuiszorg",
    text: "Zou het niet beter zijn om elke maand een overleg met alle verzorgenden en artsen te houden?",
  },
  {
    id: "s-gm-1",
    partnerId: "gemeente",
    text: "We stappen alleen mee in als het project binnen het bestaande budget blijft.",
    belangIds: ["b-gm-2"],
  },
  {
    id: "s-mz-1",
    partnerId: "mantelzorg",
    text: "We want one phone number for all carers, because nobody knows whom to call at night.",
  },
] as const;

const voorstellen = [
  {
    id: "v-telefoon",
    text: "Eén telefoonnummer voor alle mantelzorgers, dag en nacht bereikbaar.",
    by: "mantelzorg",
    belangIds: ["b-mz-1", "b-ap-2"],
  },
  {
    id: "v-zetel",
    text: "De apothekers krijgen een vaste zetel in de stuurgroep.",
    by: "apothekers",
    belangIds: ["b-ap-1"],
  },
  {
    id: "v-budget",
    text: "Het project blijft binnen het bestaande zorgbudget van de gemeente.",
    by: "gemeente",
    belangIds: ["b-gm-2"],
  },
] as const;

const reacties = [
  { partnerId: "huisartsen", targetId: "v-telefoon", stance: "eens", at: "2024-03-04" },
  {
    partnerId: "gemeente",
    targetId: "v-telefoon",
    stance: "oneens",
    reason: "Het zorgbudget van de gemeente moet efficiënt besteed worden.",
    at: "2024-03-04",
  },
  { partnerId: "mantelzorg", targetId: "v-telefoon", stance: "eens", at: "2024-03-06" },
  { partnerId: "apothekers", targetId: "v-telefoon", stance: "eens", at: "2024-03-06" },
  { partnerId: "ocmw", targetId: "v-telefoon", stance: "eens", at: "2024-03-11" },
  { partnerId: "thuiszorg", targetId: "v-telefoon", stance: "eens", at: "2024-03-11" },
  {
    partnerId: "gemeente",
    targetId: "v-telefoon",
    stance: "eens",
    reason: "Als de dienst bij het bestaande onthaal komt, past het in ons budget.",
    at: "2024-03-18",
  },
  { partnerId: "apothekers", targetId: "v-zetel", stance: "eens", at: "2024-03-04" },
  { partnerId: "thuiszorg", targetId: "v-zetel", stance: "eens", at: "2024-03-06" },
  {
    partnerId: "huisartsen",
    targetId: "v-zetel",
    stance: "oneens",
    reason: "Ik heb nu al te weinig tijd voor mijn patiënten en wil niet nog meer vergaderen.",
    at: "2024-03-06",
  },
  {
    partnerId: "gemeente",
    targetId: "v-zetel",
    stance: "oneens",
    reason: "De stuurgroep moet klein blijven.",
    at: "2024-03-11",
  },
  {
    partnerId: "ocmw",
    targetId: "v-zetel",
    stance: "pas",
    reason: "Wij willen eerst weten wat de huisartsen ervan vinden.",
    at: "2024-03-11",
  },
  { partnerId: "gemeente", targetId: "v-budget", stance: "eens", at: "2024-03-04" },
  { partnerId: "huisartsen", targetId: "v-budget", stance: "eens", at: "2024-03-06" },
  {
    partnerId: "mantelzorg",
    targetId: "v-budget",
    stance: "oneens",
    reason:
      "Mantelzorgers zijn uitgeput; zonder extra geld voor respijtzorg houden ze het niet vol.",
    at: "2024-03-06",
  },
  {
    partnerId: "ocmw",
    targetId: "v-budget",
    stance: "oneens",
    reason: "Wij zijn bang dat ouderen vereenzamen als er geen geld meer is voor huisbezoeken.",
    at: "2024-03-11",
  },
  { partnerId: "thuiszorg", targetId: "v-budget", stance: "pas", at: "2024-03-11" },
  { partnerId: "thuiszorg", targetId: "s-tz-1", stance: "eens", at: "2024-03-04" },
  { partnerId: "ocmw", targetId: "s-tz-1", stance: "eens", at: "2024-03-06" },
  {
    partnerId: "huisartsen",
    targetId: "s-tz-1",
    stance: "oneens",
    reason: "Een overleg elke maand is te veel; overdag kunnen wij de praktijk niet sluiten.",
    at: "2024-03-06",
  },
] as const;

/** Builds the shared ambition through three revisions, as the network wrote it. */
function buildAmbition(): SharedAmbition {
  const v1 = createAmbition({
    text: "Samen zorgen we dat ouderen veilig thuis kunnen blijven wonen.",
    themes: ["veiligheid", "wachtdienst"],
    by: "huisartsen",
    at: "2024-02-26",
  });
  const v2 = reviseAmbition(
    v1,
    (draft) => {
      draft.text = "Samen zorgen we dat ouderen veilig en niet eenzaam thuis kunnen blijven wonen.";
      draft.themes.push("eenzaamheid");
    },
    { by: "ocmw", reason: "Eenzaamheid is voor veel partners de kern.", at: "2024-03-05" },
  );
  const v3 = reviseAmbition(
    v2,
    (draft) => {
      draft.themes.push("samenwerking");
      draft.belangIds.push("b-tz-2");
    },
    { by: "thuiszorg", reason: "Zonder gedeelde informatie lukt het niet.", at: "2024-03-10" },
  );
  // The proposer of revision 3 endorsed it; three more partners follow. The OCMW endorsed
  // revision 2 and has not yet endorsed again.
  let ambition = v3;
  for (const partnerId of ["huisartsen", "apothekers", "gemeente"]) {
    ambition = endorseAmbition(ambition, partnerId);
  }
  return ambition;
}

/**
 * An example collaboration to try the library on: a care network around older people living at
 * home in Deinze (East Flanders), with six partners, eleven belangen, five standpunten, a
 * shared ambition in its third revision, three voorstellen and twenty reacties (several with
 * a reason). The demo and the guides use it.
 *
 * @returns A fresh, validated {@link Samenwerking} on every call.
 * @example
 * ```ts
 * const demo = exampleSamenwerking();
 * demo.partners.length //=> 6
 * ownership(demo).share //=> 0.6666666666666666
 * ```
 */
export function exampleSamenwerking(): Samenwerking {
  return parseSamenwerking({
    name: "Zorgnetwerk Deinze: thuiswonende ouderen",
    partners,
    belangen,
    standpunten,
    ambition: buildAmbition(),
    voorstellen,
    reacties,
  });
}
