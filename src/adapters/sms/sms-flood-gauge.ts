import type { TurnContext } from 'botbuilder';
import type { FloodGauge, FloodState } from '../../bots/steps/flood-step.js';
import type { SmsInboundRepository } from '../../store/sms-inbound.js';
import { inboundSid } from './sms-adapter.js';

/** A texter's rate, read from the inbound queue (every text is there before it is acknowledged). */
export class SmsFloodGauge implements FloodGauge {
  constructor(
    private readonly inbound: SmsInboundRepository,
    /** More than `texts` within `windowSeconds` is a flood (program file `sms.flood`; ten in half a minute by default, far past anyone typing in fragments). */
    private readonly limit: { readonly texts: number; readonly windowSeconds: number },
  ) {}

  async assess(context: TurnContext): Promise<FloodState> {
    const sid = inboundSid(context);
    if (!sid) return 'calm';
    const rate = await this.inbound.senderRate(sid, this.limit.windowSeconds * 1000);
    if (!rate || rate.recent <= this.limit.texts) return 'calm';
    return rate.throttledBefore ? 'flooding' : 'flood_start';
  }

  async recordThrottled(context: TurnContext): Promise<void> {
    const sid = inboundSid(context);
    if (sid) await this.inbound.markThrottled(sid);
  }
}
