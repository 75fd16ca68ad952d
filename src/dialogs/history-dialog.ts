import { CardFactory, MessageFactory } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { turnParticipant } from '../bots/turn-state.js';
import type { CheckInRepository } from '../store/check-ins.js';
import { turnText } from './turn-text.js';

export const HISTORY_DIALOG = 'history';

/** The last 7 check-ins: a compact text table by SMS, a card in Teams. */
export class HistoryDialog extends Dialog {
  constructor(private readonly checkIns: CheckInRepository) {
    super(HISTORY_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const participant = turnParticipant(dc.context);
    const text = turnText(dc.context);
    const rows = await this.checkIns.recent(participant.id, 7);
    if (rows.length === 0) {
      await dc.context.sendActivity(text.historyEmpty);
      return dc.endDialog();
    }
    const lines = rows.map((row) => text.historyRow({ ...row, date: new Date(`${row.localDate}T00:00:00Z`) }));
    if (dc.context.activity.channelId === 'msteams') {
      const card = CardFactory.adaptiveCard({
        type: 'AdaptiveCard',
        version: '1.4',
        body: [
          { type: 'TextBlock', text: text.historyTitle(rows.length), weight: 'Bolder' },
          ...lines.map((line) => ({ type: 'TextBlock', text: line, spacing: 'None', wrap: true })),
        ],
      });
      await dc.context.sendActivity(MessageFactory.attachment(card));
    } else {
      await dc.context.sendActivity([text.historyTitle(rows.length), ...lines].join('\n'));
    }
    return dc.endDialog();
  }
}
