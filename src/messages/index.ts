import { en, type Catalog } from './catalog.js';

export { MENU_LABELS, en, type Catalog, type MenuLabel } from './catalog.js';
export { crisisLinesFor, primaryCrisisLine } from './crisis-lines.js';

/** The catalogue for a participant's language; English until the other languages land. */
export function catalogFor(_locale: string | null | undefined): Catalog {
  return en;
}
