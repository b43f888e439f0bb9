import { describe, expectTypeOf, it } from "vitest";
import * as z from "zod";
import {
  type Belang,
  type Bril,
  type Niveau,
  type Partner,
  parseSamenwerking,
  reviseAmbition,
  type Samenwerking,
  type SamenwerkingError,
  SamenwerkingSchema,
  type SharedAmbition,
  safeParseSamenwerking,
} from "../src/index";

describe("model types", () => {
  it("infers the lenses and levels as literal unions", () => {
    expectTypeOf<Bril>().toEqualTypeOf<"utilitair" | "politiek" | "zingevend" | "relationeel">();
    expectTypeOf<Niveau>().toEqualTypeOf<"individu" | "organisatie" | "netwerk">();
  });

  it("types the fields of the model, optional ones included", () => {
    expectTypeOf<Partner["brillen"]>().toEqualTypeOf<Bril[]>();
    expectTypeOf<Partner["influence"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Belang["niveau"]>().toEqualTypeOf<Niveau>();
    expectTypeOf<Belang["themes"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<Samenwerking["ambition"]>().toEqualTypeOf<SharedAmbition | undefined>();
  });

  it("returns a Samenwerking from parse and narrows the safe result", () => {
    expectTypeOf(parseSamenwerking).returns.toEqualTypeOf<Samenwerking>();
    const r = safeParseSamenwerking({});
    if (r.success) expectTypeOf(r.data).toEqualTypeOf<Samenwerking>();
    else expectTypeOf(r.error).toEqualTypeOf<SamenwerkingError>();
  });

  it("composes the schema into an app's own schema", () => {
    const App = z.object({ workshop: z.string(), samenwerking: SamenwerkingSchema });
    expectTypeOf<z.infer<typeof App>["samenwerking"]>().toEqualTypeOf<Samenwerking>();
  });

  it("gives the revision recipe a writable draft", () => {
    expectTypeOf(reviseAmbition)
      .parameter(1)
      .parameter(0)
      .toHaveProperty("themes")
      .toEqualTypeOf<string[]>();
  });
});
