// Names: PERSON, ORG, GPE, LOC, PRODUCT, by rule families under src/names/. Places come first,
// since organisation rules take a place as a name head and person rules defer to listed places.
import type { Doc } from '../doc.js';
import type { Stage } from '../stage.js';
import { repeatNames } from '../names/consistency.js';
import { NameContext } from '../names/context.js';
import { findOrganisations } from '../names/organisations.js';
import { findPersons } from '../names/persons.js';
import { findPlaces } from '../names/places.js';
import { findProducts } from '../names/products.js';

export const namesStage: Stage = {
  name: 'names',
  run(doc: Doc) {
    const ctx = new NameContext(doc);
    findPlaces(ctx);
    findPersons(ctx);
    findOrganisations(ctx);
    findProducts(ctx);
    repeatNames(ctx);
    for (const c of ctx.found) doc.candidates.push(c);
  },
};
