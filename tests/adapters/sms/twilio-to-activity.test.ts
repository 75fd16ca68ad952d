import { describe, expect, it } from 'vitest';
import {
  MAX_INBOUND_TEXT,
  parseTwilioInbound,
  TwilioInboundError,
  twilioToActivity,
} from '../../../src/adapters/sms/twilio-to-activity.js';

const receivedAt = new Date('2025-03-01T14:30:00Z');

function form(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    MessageSid: 'SM0123456789abcdef0123456789abcdef',
    AccountSid: 'AC0123456789abcdef0123456789abcdef',
    From: '+12025550147',
    To: '+12025550100',
    Body: 'Hi there',
    NumMedia: '0',
    NumSegments: '1',
    SmsStatus: 'received',
    ApiVersion: '2010-04-01',
    ...overrides,
  };
}

describe('twilioToActivity', () => {
  it('maps an inbound text to a message activity from the sender', () => {
    const activity = twilioToActivity(form(), receivedAt);
    expect(activity).toMatchObject({
      type: 'message',
      channelId: 'sms',
      id: 'SM0123456789abcdef0123456789abcdef',
      from: { id: '+12025550147' },
      recipient: { id: '+12025550100' },
      conversation: { id: '+12025550147', isGroup: false },
      serviceUrl: 'sms:twilio',
      text: 'Hi there',
      timestamp: receivedAt,
      channelData: { messageSid: 'SM0123456789abcdef0123456789abcdef', numMedia: 0 },
    });
    expect(activity.locale).toBeUndefined();
  });

  it('carries opt-out type, media count and location in channelData, and nothing else from the form', () => {
    const activity = twilioToActivity(
      form({ NumMedia: '2', OptOutType: 'STOP', FromCountry: 'US', FromZip: '20001', FromCity: 'WASHINGTON', FromState: 'DC', MediaUrl0: 'https://x' }),
      receivedAt,
    );
    expect(activity.channelData).toEqual({
      messageSid: 'SM0123456789abcdef0123456789abcdef',
      numMedia: 2,
      optOutType: 'STOP',
      fromCountry: 'US',
      fromZip: '20001',
      fromCity: 'WASHINGTON',
      fromState: 'DC',
    });
  });

  it.each([
    ['NUL', 'a\u0000b', 'ab'],
    ['bell and escape', 'a\u0007\u001bb', 'ab'],
    ['DEL', 'a\u007fb', 'ab'],
    ['CRLF line breaks', 'one\r\ntwo', 'one\ntwo'],
    ['bare CR line breaks', 'one\rtwo', 'one\ntwo'],
    ['newline and tab kept', 'one\n\ttwo', 'one\n\ttwo'],
    ['emoji and accents kept', 'Ça va 🙂', 'Ça va 🙂'],
  ])('cleans the text: %s', (_name, body, expected) => {
    expect(twilioToActivity(form({ Body: body }), receivedAt).text).toBe(expected);
  });

  it('caps the text at 4000 characters without splitting a surrogate pair', () => {
    const body = 'a'.repeat(MAX_INBOUND_TEXT - 1) + '😀' + 'tail';
    const text = twilioToActivity(form({ Body: body }), receivedAt).text;
    expect(text).toBe('a'.repeat(MAX_INBOUND_TEXT - 1));
    expect(twilioToActivity(form({ Body: 'b'.repeat(5000) }), receivedAt).text).toHaveLength(MAX_INBOUND_TEXT);
  });

  it('accepts an empty body (a picture with no words)', () => {
    expect(twilioToActivity(form({ Body: '', NumMedia: '1' }), receivedAt).text).toBe('');
  });

  it('throws a coded error for a form that was not validated', () => {
    const parse = (): unknown => twilioToActivity(form({ From: undefined }), receivedAt);
    expect(parse).toThrow(TwilioInboundError);
    expect(parse).toThrow(expect.objectContaining({ code: 'SMS.INBOUND_INVALID' }));
  });
});

describe('parseTwilioInbound', () => {
  it('accepts a real-looking form and drops fields it does not know', () => {
    const result = parseTwilioInbound(form({ SmsMessageSid: 'x', Whatever: 'y'.repeat(100_000) }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).not.toHaveProperty('Whatever');
  });

  it('treats a missing NumMedia as no media', () => {
    const { NumMedia: _omit, ...rest } = form();
    expect(twilioToActivity(rest, receivedAt).channelData).toMatchObject({ numMedia: 0 });
  });

  it.each([
    ['no From', { From: undefined }, ['From']],
    ['no Body', { Body: undefined }, ['Body']],
    ['no From and no Body', { From: undefined, Body: undefined }, ['Body', 'From']],
    ['no MessageSid', { MessageSid: undefined }, ['MessageSid']],
    ['no To', { To: undefined }, ['To']],
    ['From not E.164', { From: '202-555-0147' }, ['From']],
    ['From repeated (an array)', { From: ['+12025550147', '+12025550148'] }, ['From']],
    ['NumMedia not a number', { NumMedia: 'two' }, ['NumMedia']],
    ['an absurd Body', { Body: 'x'.repeat(20_000) }, ['Body']],
    ['an absurd FromCity', { FromCity: 'x'.repeat(1000) }, ['FromCity']],
    ['an absurd MessageSid', { MessageSid: 'SM' + 'a'.repeat(500) }, ['MessageSid']],
  ])('rejects %s, naming the fields', (_name, overrides, fields) => {
    const result = parseTwilioInbound(form(overrides));
    expect(result).toEqual({ ok: false, error: `invalid or missing fields: ${fields.join(', ')}` });
  });

  it('never echoes a value in the error', () => {
    const result = parseTwilioInbound(form({ From: 'my secret +1 202 555 0147', Body: 'x'.repeat(20_000) }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).not.toContain('secret');
      expect(result.error).not.toContain('555');
      expect(result.error).not.toContain('xxx');
    }
  });

  it('rejects something that is not a form', () => {
    expect(parseTwilioInbound(undefined)).toEqual({ ok: false, error: 'invalid or missing fields: (form)' });
  });
});
