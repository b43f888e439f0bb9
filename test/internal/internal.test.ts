import { describe, expect, it } from "vitest";
import { lowerBound } from "../../src/internal/collections";
import { compareStrings, jsonEqual, sortedStrings } from "../../src/internal/json";
import { normalize, tokenize } from "../../src/internal/tokenize";
import { toPath } from "../../src/model/issues";

describe("jsonEqual", () => {
  it("compares JSON values structurally", () => {
    expect(jsonEqual({ a: [1, { b: "x" }] }, { a: [1, { b: "x" }] })).toBe(true);
    expect(jsonEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(jsonEqual([1], { 0: 1 })).toBe(false);
    expect(jsonEqual({ 0: 1 }, [1])).toBe(false);
    expect(jsonEqual({ a: 1 }, { b: 1 })).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
    expect(jsonEqual("a", "a")).toBe(true);
  });
});

describe("sortedStrings and compareStrings", () => {
  it("sort by code unit, independent of locale", () => {
    expect(sortedStrings(["b", "B", "a", "é", "e"])).toEqual(["B", "a", "b", "e", "é"]);
    expect(compareStrings("x", "x")).toBe(0);
  });
});

describe("lowerBound", () => {
  it("finds where an item stands or would go in an ascending list, within a range", () => {
    const xs = [1, 3, 3, 7];
    expect([0, 1, 2, 3, 4, 7, 8].map((x) => lowerBound(xs, x))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect(lowerBound(Int32Array.from([5, 1, 4, 9]), 4, 1, 3)).toBe(2);
    expect(lowerBound(Int32Array.from([5, 1, 4, 9]), 9, 1, 3)).toBe(3);
    expect(lowerBound(["a", "b", "d"], "c")).toBe(2);
    expect(lowerBound([], 1)).toBe(0);
  });
});

describe("toPath", () => {
  it("writes dotted paths with indices and quotes unusual keys", () => {
    expect(toPath(["belangen", 3, "partnerId"])).toBe("belangen[3].partnerId");
    expect(toPath([0, "a b"], "x")).toBe('x[0]["a b"]');
    expect(toPath([])).toBe("");
  });
});

describe("tokenize", () => {
  it("keeps offsets into the input and folds case and accents", () => {
    const text = "Da's nie oké, zo’n co-ouderschap!";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual(["da's", "nie", "oke", "zo'n", "co-ouderschap"]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(normalize("Créëren")).toBe("creeren");
  });
});
