#!/usr/bin/env node
// Tests what ships: packs the package, asserts the tarball's file list, installs the tarball
// into a throw-away project and loads every entry point with both `import` and `require`.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const work = mkdtempSync(join(tmpdir(), "samenwerken-consumer-"));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const fail = (msg) => {
  console.error(`consumer test: ${msg}`);
  process.exitCode = 1;
};

try {
  const [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], root));
  const files = packed.files.map((f) => f.path).sort();
  const allowed = (p) =>
    p === "package.json" ||
    p === "README.md" ||
    p === "LICENSE" ||
    p === "CHANGELOG.md" ||
    p.startsWith("dist/") ||
    p.startsWith("schema/");
  const unexpected = files.filter((p) => !allowed(p));
  if (unexpected.length > 0) fail(`unexpected files in the package: ${unexpected.join(", ")}`);
  for (const required of [
    "package.json",
    "README.md",
    "LICENSE",
    "dist/index.js",
    "dist/index.cjs",
    "dist/index.d.ts",
    "dist/index.d.cts",
  ]) {
    if (!files.includes(required)) fail(`missing from the package: ${required}`);
  }

  if (existsSync(join(root, "CHANGELOG.md")) && !files.includes("CHANGELOG.md"))
    fail("CHANGELOG.md is missing from the package");
  if (!files.includes("schema/samenwerking.schema.json"))
    fail("the JSON Schema is missing from the package");

  const app = join(work, "app");
  run("mkdir", ["-p", app]);
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
  run(
    "npm",
    [
      "install",
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      "--silent",
      join(work, packed.filename),
      `zod@${pkg.devDependencies.zod}`,
    ],
    app,
  );

  const entries = Object.keys(pkg.exports).filter(
    (k) => k !== "./package.json" && !k.endsWith(".json"),
  );
  const jsonEntries = Object.keys(pkg.exports).filter(
    (k) => k !== "./package.json" && k.endsWith(".json"),
  );
  const doc = readFileSync(join(root, "test", "fixtures", "consumer-doc.json"), "utf8");
  const checks = entries.map((entry) => {
    const spec = entry === "." ? pkg.name : `${pkg.name}/${entry.slice(2)}`;
    return { entry, spec };
  });
  const body = (load) => `
const doc = ${doc};
const results = [];
for (const { entry, spec } of ${JSON.stringify(checks)}) {
  const mod = ${load};
  const names = Object.keys(mod).filter((k) => k !== "default" && k !== "__esModule");
  if (names.length === 0) throw new Error(spec + " exports nothing");
  if (entry === ".") {
    const s = mod.parseSamenwerking(doc);
    if (s.partners.length !== doc.partners.length) throw new Error("parseSamenwerking lost partners");
    try { mod.parseSamenwerking({}); throw new Error("bad input was accepted"); }
    catch (e) { if (!(e instanceof mod.SamenwerkingError) || !mod.isSamenwerkingError(e)) throw e; }
  }
  results.push(spec + " (" + names.length + " exports)");
}
console.log(results.join(", "));
`;
  writeFileSync(join(app, "esm.mjs"), body("await import(spec)"));
  writeFileSync(
    join(app, "cjs.cjs"),
    `(async () => {${body("require(spec)")}})().catch((e) => { console.error(e); process.exit(1); });`,
  );
  console.log(`import:  ${run("node", ["esm.mjs"], app).trim()}`);
  console.log(`require: ${run("node", ["cjs.cjs"], app).trim()}`);
  for (const entry of jsonEntries) {
    const spec = `${pkg.name}/${entry.slice(2)}`;
    const script = `const p = require.resolve(${JSON.stringify(spec)}); const j = JSON.parse(require("node:fs").readFileSync(p, "utf8")); if (!j.$schema) throw new Error("no $schema"); console.log(${JSON.stringify(spec)});`;
    writeFileSync(join(app, "json.cjs"), script);
    console.log(`json:    ${run("node", ["json.cjs"], app).trim()}`);
  }
  console.log(`package: ${files.length} files, ${packed.size} bytes packed`);
} catch (e) {
  fail(e.stderr || e.message);
} finally {
  rmSync(work, { recursive: true, force: true });
}
