export { type Place, type Region, type ResolveOptions } from './place.js';
export { resolvePlace } from './resolve-place.js';
export { isValidTimeZone } from './time-zone.js';
