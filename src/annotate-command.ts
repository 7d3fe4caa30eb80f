// `zh-annotate annotate`: files, folders or standard input in; JSON and CSV out.
import { Command } from 'commander';

export function annotateCommand(): Command {
  return new Command('annotate')
    .description('annotate .txt and .jsonl files (default corpus/) into DIR (default output/)')
    .argument('[inputs...]', 'files or folders; - reads JSON lines {"id","text","date"?} from standard input', ['corpus'])
    .option('-o, --output <dir>', 'output folder; - writes one document JSON per line to standard output', 'output')
    .option('--ref-date <YYYY-MM-DD>', 'reference date for relative expressions where the metadata gives none')
    .action(() => {
      throw new Error('not yet implemented');
    });
}
