import fc from "fast-check";

// Property tests draw a new seed on every local run (fast-check prints it with a failure), so
// they keep exploring. On CI they run on one fixed seed, so that the same commit gives the same
// verdict. FC_SEED and FC_RUNS override both, to replay a failure or to search longer.
const seed = process.env.FC_SEED ?? (process.env.CI ? "20261207" : undefined);
const runs = process.env.FC_RUNS;
fc.configureGlobal({
  ...(seed === undefined ? {} : { seed: Number(seed) }),
  ...(runs === undefined ? {} : { numRuns: Number(runs) }),
});
