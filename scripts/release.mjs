#!/usr/bin/env node
// Prepares a release and checks what would ship. Never publishes.
//
//   npm run release              version with changesets (CHANGELOG.md, package.json), build,
//                                run every package check; then tells the maintainer how to publish
//   npm run release -- --dry-run the same on a throw-away copy of the repository, so the working
//                                tree is left untouched (CI runs this)
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const dryRun = process.argv.includes("--dry-run");
const sh = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: "inherit" });

function pendingChangesets(dir) {
  const folder = join(dir, ".changeset");
  return existsSync(folder)
    ? execFileSync("ls", [folder], { encoding: "utf8" })
        .split("\n")
        .filter((f) => f.endsWith(".md") && f !== "README.md")
    : [];
}

function release(dir) {
  const before = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version;
  const changesets = pendingChangesets(dir);
  if (changesets.length > 0) {
    console.log(`release: ${changesets.length} changeset(s): ${changesets.join(", ")}`);
    if (dryRun) {
      // On the throw-away copy, changesets' own advice ("commit at your leisure") would read as
      // if the repository had changed: keep its output, and show it only when it fails.
      try {
        execFileSync("npx", ["changeset", "version"], {
          cwd: dir,
          encoding: "utf8",
          stdio: "pipe",
        });
      } catch (e) {
        process.stderr.write(`${e.stdout ?? ""}${e.stderr ?? ""}`);
        throw e;
      }
    } else sh("npx", ["changeset", "version"], dir);
  } else {
    console.log("release: no pending changesets; checking the current version as it is");
  }
  const after = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version;
  console.log(`release: version ${before} → ${after}`);
  if (changesets.length > 0 && !existsSync(join(dir, "CHANGELOG.md"))) {
    throw new Error("changeset version wrote no CHANGELOG.md");
  }
  sh("npx", ["tsup"], dir);
  sh("npm", ["run", "--silent", "check:package"], dir);
  // What `npm pack` would ship: every file listed in `files` that exists must be in it.
  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }),
  );
  const shipped = new Set(packed.files.map((f) => f.path));
  const files = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).files;
  const missing = files.filter((f) => ![...shipped].some((p) => p === f || p.startsWith(`${f}/`)));
  if (missing.length > 0) throw new Error(`npm pack leaves out ${missing.join(", ")} of "files"`);
  console.log(
    `release: npm pack ships ${shipped.size} files, ${["CHANGELOG.md", "README.md", "LICENSE"].filter((f) => shipped.has(f)).join(", ")} included`,
  );
  return after;
}

if (dryRun) {
  const copy = mkdtempSync(join(tmpdir(), "samenwerken-release-"));
  try {
    const tracked = execFileSync(
      "git",
      ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
      {
        cwd: root,
        encoding: "utf8",
      },
    )
      .split("\0")
      .filter(Boolean);
    for (const file of tracked) {
      if (existsSync(join(root, file)))
        cpSync(join(root, file), join(copy, file), { recursive: true });
    }
    symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");
    const version = release(copy);
    console.log(
      `release (dry run): ${version} passes every package check in ${relative(root, copy) || copy}; nothing was changed or published`,
    );
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
} else {
  const version = release(root);
  console.log(
    `release: ${version} is versioned, built and checked. Review the diff, commit, then publish with \`npx changeset publish\`.`,
  );
}
