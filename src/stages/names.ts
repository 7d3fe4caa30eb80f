// Names: PERSON, ORG, GPE, LOC, PRODUCT, by rule families under src/names/. Listed names come
// first: the guessing rules (persons, tagged and suffixed organisations) leave them alone and
// take them as heads (北京 + 儿童医院).
import type { Doc } from '../doc.js';
import type { Stage } from '../stage.js';
import { repeatNames } from '../names/consistency.js';
import { labelListMembers } from '../names/coordination.js';
import { NameContext } from '../names/context.js';
import { findListedOrganisations, findOrganisations } from '../names/organisations.js';
import { findPersons } from '../names/persons.js';
import { findListedPlaces, findPlaceWords } from '../names/places.js';
import { findProducts } from '../names/products.js';

export const namesStage: Stage = {
  name: 'names',
  run(doc: Doc) {
    const ctx = new NameContext(doc);
    findListedPlaces(ctx);
    findListedOrganisations(ctx);
    findProducts(ctx);
    findPersons(ctx);
    findPlaceWords(ctx);
    findOrganisations(ctx);
    labelListMembers(ctx);
    repeatNames(ctx);
    for (const c of ctx.found) doc.candidates.push(c);
  },
};
