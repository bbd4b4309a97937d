#!/usr/bin/env node
import { main, outputFailure } from '../dist/main.js';

let failing = false;
// `edito plan | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    failing = true;
    // A full disk or a closed output: said on stderr (when it is not the one failing), exit 2.
    outputFailure(error, process.env).then((text) => {
      if (stream !== process.stderr) process.stderr.write(text);
    }).finally(() => process.exit(2));
  });
}

process.exitCode = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});
// Left to itself Node waits at exit for V8's background garbage collection
// (≈ 10 ms after a large plan): once both outputs have reached the system
// and neither failed, nothing is left to wait for. Checked on the next turn,
// after the 'error' event of a write that failed.
setImmediate(() => {
  if (!failing && process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
});
