import type { TurnContext } from 'botbuilder';
import { catalogFor } from '../../messages/index.js';
import { turnLocale } from '../turn-state.js';
import type { StepOutcome, TurnStep } from '../turn-step.js';

/** Pictures and files cannot be read: say so kindly, and go on with any text that came with them. */
export class AttachmentNoticeStep implements TurnStep {
  readonly name = 'attachmentNotice';

  async run(context: TurnContext): Promise<StepOutcome> {
    const { channelData, attachments, text } = context.activity;
    // Teams sends the message itself again as a text/html attachment; only real media count.
    const media = (attachments ?? []).filter((attachment) => !attachment.contentType.startsWith('text/'));
    const mediaCount = Number((channelData as { numMedia?: unknown } | undefined)?.numMedia ?? 0) + media.length;
    if (mediaCount === 0) return 'continue';
    await context.sendActivity(catalogFor(turnLocale(context)).cannotReadMedia);
    return (text ?? '').trim() === '' ? 'handled' : 'continue';
  }
}
