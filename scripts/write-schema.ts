/**
 * Writes schema/samenwerking.schema.json, the JSON Schema of a collaboration document that is
 * published beside the package for editors and apps in other languages. A test keeps the file
 * in sync with `samenwerkingJsonSchema()`.
 */
import { writeFileSync } from "node:fs";
import { samenwerkingJsonSchema } from "../src/index";

const schema = {
  ...samenwerkingJsonSchema(),
  $id: "https://unpkg.com/samenwerken/schema/samenwerking.schema.json",
  title: "Samenwerking",
  description:
    "A collaboration in a network: partners, their lenses, their interests (belangen) per level, their positions (standpunten), the shared ambition, proposals (voorstellen) and the partners' reactions (reacties) to them. Ids must be unique and references must resolve; the samenwerken library checks those rules too.",
};
writeFileSync(
  new URL("../schema/samenwerking.schema.json", import.meta.url),
  `${JSON.stringify(schema, null, 2)}\n`,
);
console.log("wrote schema/samenwerking.schema.json");
