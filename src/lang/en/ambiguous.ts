// Words with two meanings, for the concept vocabulary (written for this pack, not generated).

/**
 * English words with two meanings (`bank`: a bench or a bank), space-separated in their
 * normalised form: alone they never join two belangen, as a theme or as a concept term.
 */
export const ambiguous: string =
  "bank banks plant plants space spaces net current currents school schools fair light lights power field fields post posts office offices case cases charge charges interest interests park parks ground grounds table tables board boards club clubs home homes account accounts bill bills capital cell cells class classes match matches mean means order orders rest right rights ring scale spring stock term terms train trains well yard yards long longer";
