import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: browser-safe, no Node API, ESM and CJS with types.
    entry: {
      index: "src/index.ts",
      charts: "src/charts/index.ts",
      report: "src/report/index.ts",
      lang: "src/lang/packs.ts",
      concepts: "src/lang/concepts.ts",
      embeddings: "src/embeddings/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    treeshake: true,
    target: "es2022",
    platform: "neutral",
    external: ["zod", "immer"],
  },
  {
    // The command-line entry: the only Node-only code, ESM, run as `samenwerken`.
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    target: "node20",
    platform: "node",
    external: ["zod", "immer"],
    banner: { js: "#!/usr/bin/env node" },
  },
]);
