import { readFileSync } from 'node:fs';
import { z } from 'zod';

const region = z.enum(['US', 'CA']);

const subdivisionSchema = z.array(
  z.object({
    code: z.string().length(2),
    region,
    name: z.string(),
    timeZone: z.string(),
    lat: z.number(),
    lon: z.number(),
    aka: z.array(z.string()).optional(),
  }),
);

const cityExtras = z.object({
  tz: z.string().optional(),
  aka: z.array(z.string()).optional(),
  word: z.literal(true).optional(),
});
const citySchema = z.array(
  z.union([
    z.tuple([z.string(), z.string(), z.number(), z.number(), z.number()]),
    z.tuple([z.string(), z.string(), z.number(), z.number(), z.number(), cityExtras]),
  ]),
);

const family = z.object({ label: z.string(), US: z.string().optional(), CA: z.string().optional() });
const zoneSchema = z.object({
  families: z.record(z.string(), family),
  zones: z.array(z.union([z.tuple([z.string(), region, z.string()]), z.tuple([z.string(), region, z.string(), z.string()])])),
  phrases: z.record(z.string(), z.array(z.string())),
});

const range = z.tuple([z.string().length(3), z.string().length(3), z.string()]);
const zip3Schema = z.object({ states: z.array(range), zones: z.array(range), places: z.array(range) });

const postalSchema = z.object({
  provinces: z.record(z.string(), z.string()),
  subdivisions: z.record(z.string(), z.string()),
  zones: z.record(z.string(), z.string()),
  places: z.record(z.string(), z.string()),
});

const wordsSchema = z.object({
  leadingFillers: z.array(z.string()),
  trailingFillers: z.array(z.string()),
  refusals: z.array(z.string()),
  countries: z.object({ US: z.array(z.string()), CA: z.array(z.string()) }),
  foreign: z.array(z.string()),
  wordLikeCodes: z.array(z.string()),
  neverCodes: z.array(z.string()),
  uppercaseOnlyAliases: z.array(z.string()),
});

function load<T>(file: string, schema: z.ZodType<T>): T {
  const text = readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8');
  return schema.parse(JSON.parse(text));
}

/** The reference data shipped in ./data, parsed and checked once at module load. */
export const geoData = {
  subdivisions: load('subdivisions.json', subdivisionSchema),
  cities: load('cities.json', citySchema),
  zones: load('zones.json', zoneSchema),
  zip3: load('zip3.json', zip3Schema),
  postal: load('postal-ca.json', postalSchema),
  words: load('words.json', wordsSchema),
};
