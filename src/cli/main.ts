/**
 * The `samenwerken` command (Node only): a thin shell around {@link runCli} with the process's
 * standard streams and the file system.
 */
import { readFile, writeFile } from "node:fs/promises";
import packageJson from "../../package.json" with { type: "json" };
import { runCli } from "./run";

runCli(process.argv.slice(2), {
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  readFile: (path) => readFile(path, "utf8"),
  writeFile: (path, text) => writeFile(path, text, "utf8"),
  version: packageJson.version,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `samenwerken: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
