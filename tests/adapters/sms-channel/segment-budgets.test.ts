import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { segmentCount, smsEncoding } from '../../../src/adapters/sms/gsm7.js';
import { BUDGET, playConversation, replyBudget, SCRIPT_LANGUAGES, scriptedConversations } from '../../../src/bench/segment-scripts.js';
import { databaseTargets } from '../../helpers/databases.js';
import { OPT_OUT_COMMAND, SmsHarness } from '../../helpers/sms-harness.js';

// Wednesday 18 November 2026, 3:00 PM in New York: the sample's opening hours read the same every run.
const WEDNESDAY_3PM_NY = new Date('2026-11-18T20:00:00Z');

// The budgets are about the words, not the engine: the embedded database is enough.
const [target] = databaseTargets;

describe.each(SCRIPT_LANGUAGES)('every reply within its SMS segment budget, in %s', (lang) => {
  let sms: SmsHarness;
  beforeAll(async () => {
    sms = await SmsHarness.start(target!, { now: () => WEDNESDAY_3PM_NY });
  });
  afterAll(async () => sms?.close());

  /** Texts `text` as `person` and returns every text Twilio was given for them once the turn is done. */
  const sender = (person: string) => async (text: string) => {
    const before = sms.sentTo(person).length;
    const messageSid = await sms.say(person, text);
    await sms.waitProcessed([messageSid]);
    return sms.sentTo(person).slice(before).map((message) => message.body);
  };

  it.each(scriptedConversations(lang).map((conversation) => [conversation.name, conversation] as const))(
    '%s: prompts and confirmations 1 segment, consent and the crisis replies 2, a page of a list 3',
    async (_name, conversation) => {
      const person = sms.newNumber();
      const { turns } = await playConversation(conversation, sender(person));
      for (const { line, replies } of turns) {
        expect(replies.length, `a reply to "${line.text}"`).toBeGreaterThan(0);
        replies.forEach((reply, index) => {
          const budget = replyBudget(line, index);
          expect(segmentCount(reply), `"${line.text}" → ${smsEncoding(reply)} ${reply.length} chars: ${reply}`).toBeLessThanOrEqual(budget);
          if (budget !== BUDGET.list) expect(segmentCount(reply)).toBeLessThanOrEqual(BUDGET.reply);
          // Shorter words never buy a carrier opt-out word as a command (STOP itself appears only as the way to opt out).
          expect(reply).not.toMatch(OPT_OUT_COMMAND);
        });
      }
    },
  );
});
