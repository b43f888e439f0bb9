import { describe, expect, it } from "vitest";
import { gammaDraw, gaussianRandom, seededRandom } from "../../src/internal/random";

const moments = (draw: () => number, n = 20_000): [number, number] => {
  let s = 0;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const x = draw();
    s += x;
    ss += x * x;
  }
  const mean = s / n;
  return [mean, ss / n - mean * mean];
};

describe("gaussianRandom and gammaDraw", () => {
  it("draw standard normals: mean 0, variance 1, the same for the same seed", () => {
    const [mean, variance] = moments(gaussianRandom(seededRandom(7)));
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
    const a = gaussianRandom(seededRandom(3));
    const b = gaussianRandom(seededRandom(3));
    for (let i = 0; i < 5; i++) expect(a()).toBe(b());
  });

  it("draw Gamma(shape, 1): mean and variance both equal the shape", () => {
    const rand = seededRandom(11);
    const gauss = gaussianRandom(rand);
    for (const shape of [1, 4.5, 200]) {
      const [mean, variance] = moments(() => gammaDraw(shape, rand, gauss));
      expect(Math.abs(mean / shape - 1)).toBeLessThan(0.03);
      expect(Math.abs(variance / shape - 1)).toBeLessThan(0.08);
      expect(gammaDraw(shape, rand, gauss)).toBeGreaterThan(0);
    }
  });
});
