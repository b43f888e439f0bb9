/** The `samenwerken` command line (initial version). */
process.stderr.write("samenwerken: the command line is being built\n");
process.exitCode = 1;
