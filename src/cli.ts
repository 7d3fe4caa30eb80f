// zh-annotate's command line: `annotate` and `eval`.
import { Command } from 'commander';
import { annotateCommand } from './annotate-command.js';
import { evalCommand } from './eval/command.js';

const program = new Command('zh-annotate')
  .description('Annotate Chinese news articles: words, POS, figures, dates and names with code-point offsets')
  .showHelpAfterError();

program.addCommand(annotateCommand());
program.addCommand(evalCommand());

// Wrong usage exits 2 (commander's own default is 1, which here means "some documents failed").
for (const command of [program, ...program.commands]) {
  command.exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));
}

await program.parseAsync(process.argv);
