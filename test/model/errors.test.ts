import { describe, expect, it } from "vitest";
import {
  ISSUE_CODES,
  ISSUE_MESSAGES,
  isSamenwerkingError,
  SamenwerkingError,
} from "../../src/index";

describe("SamenwerkingError", () => {
  it("carries its issues and lists them in the message", () => {
    const e = new SamenwerkingError([
      { path: "partners[0].id", code: "missing", message: "is required" },
    ]);
    expect(e.issues).toHaveLength(1);
    expect(e.message).toBe("Invalid collaboration (1 problem):\npartners[0].id: is required");
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("SamenwerkingError");
  });

  it("names the root path readably", () => {
    const e = new SamenwerkingError([
      { path: "", code: "invalid_json", message: "is not valid JSON" },
    ]);
    expect(e.message).toContain("(document): is not valid JSON");
  });

  it("is recognised by instanceof across copies of the library, through its global brand", () => {
    const foreign = Object.create(Error.prototype) as object;
    Object.defineProperty(foreign, Symbol.for("samenwerken/SamenwerkingError"), { value: true });
    expect(foreign instanceof SamenwerkingError).toBe(true);
    expect(new Error("x") instanceof SamenwerkingError).toBe(false);
  });
});

describe("isSamenwerkingError", () => {
  it("tells library errors from others", () => {
    expect(isSamenwerkingError(new SamenwerkingError([]))).toBe(true);
    expect(isSamenwerkingError(new TypeError("x"))).toBe(false);
    expect(isSamenwerkingError(null)).toBe(false);
    expect(isSamenwerkingError("SamenwerkingError")).toBe(false);
  });
});

describe("ISSUE_MESSAGES", () => {
  it("has a message for every code", () => {
    for (const code of ISSUE_CODES) expect(ISSUE_MESSAGES[code].length).toBeGreaterThan(0);
    expect(Object.keys(ISSUE_MESSAGES).sort()).toEqual([...ISSUE_CODES].sort());
  });
});
