// Runs a TypeScript script after bundling it with esbuild, the way an app's bundler (or tsup,
// for the package) would ship the library: one module, no per-file loader in between.
//
//   node scripts/run-bundled.mjs <script.ts> [args...]

import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import { build } from "esbuild";

const [script, ...args] = process.argv.slice(2);
if (script === undefined) {
  console.error("usage: node scripts/run-bundled.mjs <script.ts> [args...]");
  process.exit(2);
}
mkdirSync(".tmp", { recursive: true });
const out = join(".tmp", `${basename(script, ".ts")}.bundled.mjs`);
await build({
  entryPoints: [script],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile: out,
  logLevel: "warning",
});
const r = spawnSync(process.execPath, [out, ...args], { stdio: "inherit" });
process.exit(r.status ?? 1);
