/** A log stream for buildServer, and the lines written to it, for tests that read the logs. */
import { Writable } from 'node:stream';

export function collectLogs(): { logs: string[]; logStream: Writable } {
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  return { logs, logStream };
}
