/**
 * `npm run test:writer`: the SQLite server suites again, with SQLite committing applications the other way round from
 * what this machine chooses by default (SQLITE_WRITER_THREAD=auto: a writer thread with three or more cores, the
 * HTTP thread otherwise), so both ways are tested on every machine.
 */
import { readConfig } from '../../intake-server/config.js';
import { runServerSuites } from './run-server-suites.js';

const other = readConfig({}).sqliteWriterThread ? 'false' : 'true';
process.stdout.write(`SQLite suites with SQLITE_WRITER_THREAD=${other}\n`);
process.exit(runServerSuites({ SQLITE_WRITER_THREAD: other }));
