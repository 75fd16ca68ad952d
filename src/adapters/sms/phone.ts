/** Phone numbers: normalizing what people type to E.164, and masking numbers for logs. */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';

const MASK = '•••••••';
const VISIBLE_DIGITS = 4;

/** The number in E.164 (`+12025550147`), or undefined when it is not a valid number or carries an extension. */
export function normalizePhone(input: string, defaultRegion: CountryCode = 'US'): string | undefined {
  const parsed = parsePhoneNumberFromString(input, defaultRegion);
  if (parsed === undefined || !parsed.isValid() || parsed.ext !== undefined) return undefined;
  return parsed.number;
}

/** `+1•••••••4567`: the country code and the last four digits, with a fixed-width mask so the length leaks nothing. */
export function maskPhone(e164: string): string {
  const digits = e164.replace(/\D/g, '');
  const parsed = parsePhoneNumberFromString(e164);
  const countryCode = parsed?.countryCallingCode;
  // Too short to show four digits without showing most of it (short codes, garbage): show none.
  if (digits.length < 8) return MASK;
  const prefix = countryCode !== undefined && digits.startsWith(countryCode) ? `+${countryCode}` : '';
  return `${prefix}${MASK}${digits.slice(-VISIBLE_DIGITS)}`;
}
