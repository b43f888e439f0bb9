// English word forms for lens cues: the inflections a cue may take.

import type { MorphologyPart } from "../types";

/** English word forms. */
export const morphology: MorphologyPart = {
  inflections: [
    ["ies", "y"],
    ["ied", "y"],
    ["ing", ""],
    ["ing", "e"],
    ["es", ""],
    ["ed", ""],
    ["ed", "e"],
    ["s", ""],
  ],
  compoundHeads: false,
};
