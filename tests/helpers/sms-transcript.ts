import { segmentCount } from '../../src/adapters/sms/gsm7.js';
import type { SmsHarness } from './sms-harness.js';

/** A transcript line as the person's phone shows it, with its segment count. */
const shown = (who: 'person' | 'bot', text: string) => (who === 'person' ? `  > ${text}` : `  < ${text}  [${segmentCount(text)} seg]`);

/** One person's conversation over SMS: what they text and what the bot answers, kept for the transcript. */
export interface TranscribedConversation {
  readonly person: string;
  say(text: string, replies?: number): Promise<string[]>;
  note(text: string): void;
}

/**
 * Conversations over a harness's SMS, each written down as the person's phone shows it, so a
 * test file can print the transcripts an issue asks for.
 */
export class SmsTranscripts {
  private readonly blocks: string[] = [];

  constructor(private readonly sms: () => SmsHarness) {}

  conversation(title: string, person = this.sms().newNumber()): TranscribedConversation {
    const lines: string[] = [`\n=== ${title} ===`];
    const index = this.blocks.push('') - 1;
    const flush = () => (this.blocks[index] = lines.join('\n'));
    return {
      person,
      say: async (text, replies = 1) => {
        lines.push(shown('person', text));
        const answers = await this.sms().exchange(person, text, replies);
        for (const answer of answers) lines.push(shown('bot', answer));
        flush();
        return answers;
      },
      note: (text) => {
        lines.push(`  (${text})`);
        flush();
      },
    };
  }

  toString(): string {
    return this.blocks.join('\n');
  }
}

/** Enrolls the person the way a participant does over SMS: hello, consent, a name, a place. */
export async function enrollOverSms(sms: SmsHarness, person: string, name: string, city = 'Boston'): Promise<void> {
  await sms.exchange(person, 'hi');
  await sms.exchange(person, '1');
  await sms.exchange(person, name);
  await sms.exchange(person, city, 3);
}
