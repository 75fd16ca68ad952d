/** Signing webhook requests the way Twilio does, to post them into the real server in tests. */
import twilio from 'twilio';

/** Overrides for forging: a different signature, or none at all (`null`). */
export interface SignedPostOptions {
  signature?: string | null;
}

/** The X-Twilio-Signature Twilio would send for a form post of `params` to `url`. */
export function signTwilioRequest(authToken: string, url: string, params: Record<string, string>): string {
  return twilio.getExpectedTwilioSignature(authToken, url, params);
}

/**
 * Posts `params` form-encoded to `baseUrl + path`, signed for `publicUrl + path` (the address Twilio was given,
 * which is what the server checks the signature against).
 */
export async function postSignedForm(
  baseUrl: string,
  path: string,
  publicUrl: string,
  authToken: string,
  params: Record<string, string>,
  options: SignedPostOptions = {},
): Promise<Response> {
  const signature =
    options.signature === undefined ? signTwilioRequest(authToken, joinUrl(publicUrl, path), params) : options.signature;
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
  if (signature !== null) headers['X-Twilio-Signature'] = signature;
  return fetch(joinUrl(baseUrl, path), { method: 'POST', headers, body: new URLSearchParams(params).toString() });
}

/** `base` and `path` joined with exactly one slash. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** The form Twilio posts to the messaging webhook for one inbound text (`extra` adds or overrides fields). */
export function inboundSmsParams(text: {
  readonly messageSid: string;
  readonly accountSid: string;
  readonly from: string;
  readonly to: string;
  readonly body: string;
  readonly extra?: Record<string, string>;
}): Record<string, string> {
  return {
    ToCountry: 'US',
    SmsMessageSid: text.messageSid,
    NumMedia: '0',
    MessageSid: text.messageSid,
    From: text.from,
    To: text.to,
    Body: text.body,
    NumSegments: '1',
    AccountSid: text.accountSid,
    ApiVersion: '2010-04-01',
    ...text.extra,
  };
}
