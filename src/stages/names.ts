// Names: PERSON, ORG, GPE, LOC, PRODUCT.
import type { Doc, Label } from '../doc.js';
import { Gazetteer } from '../gazetteer.js';
import { readTsv } from '../resources.js';
import type { Stage } from '../stage.js';

let organisations: Gazetteer<Label> | null = null;

function listed(): Gazetteer<Label> {
  organisations ??= new Gazetteer(readTsv('names/organisations.tsv').map(([name, label]) => ({ name, data: label as Label })));
  return organisations;
}

export const namesStage: Stage = {
  name: 'names',
  run(doc: Doc) {
    for (const m of listed().scan(doc.simplified)) {
      doc.candidates.push({ start: m.start, end: m.end, label: m.entry.data, rule: 'name.listed' });
    }
  },
};
