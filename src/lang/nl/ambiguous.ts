// Words with two meanings, for the concept vocabulary (written for this pack, not generated).

/**
 * Dutch words with two meanings (`bank`: a bench or a bank), space-separated in their
 * normalised form: alone they never join two belangen, as a theme or as a concept term.
 */
export const ambiguous: string =
  "ruimte ruimtes opvang net netten bank banken kas kassen stroom stromen plant planten lokaal lokale lokalen blad bladen bord borden veld velden post posten vak vakken zaak zaken stuk stukken middel middelen slot sloten poort poorten kamer kamers hof hoven bad baden trap trappen bal ballen wacht as assen ader aders rust dienst diensten vorm vormen grond gronden huis huizen arm arme armen spaar sparen spaart langer lang lange rij rijen punt punten lijn lijnen kant kanten vlak druk licht lichte zwaar zware";
