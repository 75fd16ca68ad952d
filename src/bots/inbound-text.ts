/** The most of one message the bot reads; longer messages are cut, not refused. */
export const MAX_INBOUND_CHARS = 10_000;

/** Strips control characters (keeping line breaks and tabs) and bounds the length to `max` characters. */
export function boundInboundText(text: string | undefined, max = MAX_INBOUND_CHARS): string {
  if (!text) return '';
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const cleaned = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
  if (cleaned.length <= max) return cleaned;
  // Do not cut a surrogate pair in half.
  const cut = cleaned.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
