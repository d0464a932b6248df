/** Entry point of the admin tool: `npm run admin -- COMMAND ...` (see `npm run admin -- --help`). */
import { runAdmin } from './run-admin.js';

// Piped into `head`, the reader may go away early; that is not an error of the command.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await runAdmin(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
