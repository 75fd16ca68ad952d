/** Country of a place; it picks the crisis lines. */
export type Region = 'US' | 'CA';

/** Where a participant is, as far as reminders and resource lookup need to know. */
export interface Place {
  /** IANA zone, e.g. 'America/Edmonton'. */
  timeZone: string;
  region: Region;
  /** State, province or territory code: 'AB', 'NY', ... */
  subdivision?: string;
  /** What the bot echoes back: 'Edmonton, AB', 'ZIP 10001 (New York, NY area)', 'Eastern time'. */
  label: string;
  /** Normalised postal code: '10001', 'T5K 2J1' or the FSA 'T5K'. */
  postalCode?: string;
  /** Approximate coordinates: the city, or the centre of the state or province. */
  lat?: number;
  lon?: number;
}

/** Tuning for one lookup. */
export interface ResolveOptions {
  /** The program's home country: decides "eastern" and names shared across the border ("Richmond"). */
  readonly preferRegion?: Region;
}
