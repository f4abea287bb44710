import { Command } from 'commander';
import { registerImport } from './import.ts';
import { registerInit } from './init.ts';
import { registerServe } from './serve.ts';

/** `sdg-tracker <command>`: one file per command in this folder, each exporting `register<Name>(program)`. */
const program = new Command('sdg-tracker')
  .description('National SDG indicator tracker: load data, serve the public site and the open API')
  .showHelpAfterError();

registerInit(program);
registerImport(program);
registerServe(program);

await program.parseAsync(process.argv);
