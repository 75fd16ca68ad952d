import { findPostalCode, resolvePostalCode } from './ca-postal.js';
import { cityPlace, citiesNamed } from './gazetteer.js';
import { tokenize } from './normalize.js';
import { findNamedPlace } from './place-names.js';
import { type Place, type ResolveOptions } from './place.js';
import { isRefusal, stripFillers } from './text-words.js';
import { resolveIanaName } from './time-zone.js';
import { findZip, resolveZip } from './us-zip.js';
import { resolveZoneName } from './zone-names.js';

// An answer to "what city are you in?" is short; anything longer is not one, and is not scanned.
const MAX_INPUT_LENGTH = 300;
const TRAILING_ZONE_WORDS = new Set(['time', 'zone', 'timezone', 'tz']);

/**
 * What a participant typed for "where are you?" — a city, ZIP or postal code, state or province,
 * or a time-zone name — as a zone and country. Undefined when it cannot tell; never throws.
 */
export function resolvePlace(input: string, options: ResolveOptions = {}): Place | undefined {
  if (typeof input !== 'string' || input.length > MAX_INPUT_LENGTH) return undefined;
  // eslint-disable-next-line no-control-regex
  const text = input.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  const tokens = tokenize(text);
  if (tokens.length === 0 || isRefusal(tokens.join(' '))) return undefined;

  return (
    resolveIanaName(text) ??
    fromCode(findZip(text), resolveZip) ??
    fromCode(findPostalCode(text), resolvePostalCode) ??
    capitalAlias(text) ??
    zoneName(tokens, options) ??
    findNamedPlace({ tokens, capitalCodes: capitalCodes(text), preferRegion: options.preferRegion })
  );
}

function fromCode(code: string | undefined, resolve: (code: string) => Place | undefined): Place | undefined {
  return code === undefined ? undefined : resolve(code);
}

/** "LA" alone is Los Angeles; lower-case "la" is an article in Spanish and French. */
function capitalAlias(text: string): Place | undefined {
  const compact = text.replace(/[.\s]/g, '');
  const city = compact === 'LA' ? citiesNamed('los angeles')[0] : undefined;
  return city === undefined ? undefined : cityPlace(city);
}

function zoneName(tokens: readonly string[], options: ResolveOptions): Place | undefined {
  const stripped = stripFillers(tokens);
  let bare = tokens.slice();
  while (bare.length > 1 && TRAILING_ZONE_WORDS.has(bare[bare.length - 1] ?? '')) bare = bare.slice(0, -1);
  const keys = [tokens, stripped, bare, stripFillers(bare)].map((words) => words.join(' '));
  for (const key of keys) {
    const place = resolveZoneName(key, options.preferRegion);
    if (place !== undefined) return place;
  }
  return undefined;
}

function capitalCodes(text: string): Set<string> {
  return new Set((text.replace(/\./g, '').match(/(?<![A-Za-z])[A-Z]{2}(?![A-Za-z])/g) ?? []).map((code) => code.toLowerCase()));
}
