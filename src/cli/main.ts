/**
 * The `samenwerken` command (Node only): a thin shell around {@link runCli} with the process's
 * standard streams and the file system.
 */
import { access, readFile, realpath, rename, rm, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import packageJson from "../../package.json" with { type: "json" };
import { runCli } from "./run";

runCli(process.argv.slice(2), {
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  readFile: async (path) => new Uint8Array(await readFile(path)),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return new Uint8Array(Buffer.concat(chunks));
  },
  writeFile: (path, text) => writeFile(path, text, { encoding: "utf8", flag: "wx" }),
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { force: true }),
  exists: (path) =>
    access(path).then(
      () => true,
      () => false,
    ),
  sameFile: async (a, b) => {
    if (resolve(a) === resolve(b)) return true;
    const [ra, rb] = await Promise.all([realpath(a).catch(() => a), realpath(b).catch(() => b)]);
    return resolve(ra) === resolve(rb);
  },
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
