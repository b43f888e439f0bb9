// Dutch word forms for lens cues: the inflections a cue may take, and compounds read by
// their last part.

import type { MorphologyPart } from "../types";

/** Dutch word forms. */
export const morphology: MorphologyPart = {
  inflections: [
    ["en", ""],
    ["s", ""],
    ["e", ""],
  ],
  compoundHeads: true,
};
