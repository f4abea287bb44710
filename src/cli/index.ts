import { Command } from 'commander';
import { registerAssess } from './assess.ts';
import { registerImport } from './import.ts';
import { registerInit } from './init.ts';
import { registerLinks } from './links.ts';
import { registerServe } from './serve.ts';
import { registerUser } from './user.ts';

/**
 * `sdg-tracker <command>`: one file per command in this folder, each exporting `register<Name>(program)`.
 * A failing command prints `sdg-tracker: <message>` (every problem of a bad configuration, one per line) and exits 1;
 * `--debug` adds the stack.
 */
const program = new Command('sdg-tracker')
  .description('National SDG indicator tracker: load data, serve the public site and the open API')
  .option('--debug', 'print the stack of an error')
  .showHelpAfterError();

registerInit(program);
registerImport(program);
registerServe(program);
registerAssess(program);
registerLinks(program);
registerUser(program);
(await import('./export.ts')).registerExport(program);
(await import('./federation.ts')).registerFederation(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  const error = e as Error;
  const debug = program.opts<{ debug?: boolean }>().debug === true;
  process.stderr.write(`sdg-tracker: ${debug ? error.stack ?? error.message : error.message}\n`);
  process.exitCode = 1;
}
