import { bench, describe } from "vitest";
import { interestCoverage } from "../src/analyses/coverage";
import { lensProfile } from "../src/analyses/lens-profile";
import { suggestWinWin } from "../src/analyses/win-win";
import { generateSamenwerking } from "./generate";

// Synthetic collaborations (see generate.ts): N partners × 5 belangen, Zipf themes from 5,000.
const small = generateSamenwerking({ partners: 1000 });
const large = generateSamenwerking({ partners: 10000 });
const derived = generateSamenwerking({ partners: 10000, derived: true });
const table = generateSamenwerking({ partners: 8, belangenPerPartner: 25, derived: true });

describe("suggestWinWin", () => {
  bench("explicit themes, 1,000 partners", () => {
    suggestWinWin(small);
  });
  bench("explicit themes, 10,000 partners", () => {
    suggestWinWin(large);
  });
  bench("derived themes, 10,000 partners", () => {
    suggestWinWin(derived);
  });
  bench("derived themes, 8 partners × 25 belangen", () => {
    suggestWinWin(table);
  });
});

describe("interestCoverage", () => {
  bench("explicit themes, 1,000 partners", () => {
    interestCoverage(small);
  });
  bench("explicit themes, 10,000 partners", () => {
    interestCoverage(large);
  });
  bench("derived themes, 10,000 partners", () => {
    interestCoverage(derived);
  });
});

describe("lensProfile", () => {
  bench("8 partners × 25 belangen", () => {
    lensProfile(table);
  });
});
