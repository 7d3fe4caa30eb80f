// zh-annotate's command line: `annotate` and `eval`.
import { Command } from 'commander';
import { annotateCommand } from './annotate-command.js';
import { evalCommand } from './eval/command.js';

const program = new Command('zh-annotate')
  .description('Annotate Chinese news articles: words, POS, figures, dates and names with code-point offsets')
  .showHelpAfterError()
  .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));

program.addCommand(annotateCommand());
program.addCommand(evalCommand());

await program.parseAsync(process.argv);
