import { bench, describe } from "vitest";
import { ambitionAt, parseSamenwerking, reviseAmbition } from "../src/index";
import { makeAmbition, makeDocument } from "./model-data";

const small = makeDocument(2_000);
const large = makeDocument(20_000);
const history = makeAmbition(500);

describe("parseSamenwerking", () => {
  bench("2,000 partners (10,000 belangen)", () => {
    parseSamenwerking(small);
  });
  bench(
    "20,000 partners (100,000 belangen)",
    () => {
      parseSamenwerking(large);
    },
    { iterations: 5 },
  );
});

describe("shared ambition, 500 revisions", () => {
  bench("ambitionAt(revision 1)", () => {
    ambitionAt(history, 1);
  });
  bench("reviseAmbition", () => {
    reviseAmbition(
      history,
      (d) => {
        d.text = "Nieuw";
      },
      { by: "p1" },
    );
  });
});
