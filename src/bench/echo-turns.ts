import { randomUUID } from 'node:crypto';
import { ClosedLoop, type LoadResult, type TurnTiming } from './closed-loop.js';
import { startEchoServer } from './echo-bot.js';
import { startLoopbackConnector } from './loopback-connector.js';
import { ReplyInbox } from './reply-inbox.js';

/** Options for {@link benchEchoTurns}. */
export interface EchoBenchOptions {
  readonly conversations: number;
  readonly warmUpTurns: number;
  readonly measuredTurns: number;
  /** Turns of one conversation alone afterwards: the latency without queueing. */
  readonly soloTurns: number;
}

/** The measured phases, plus replies that arrived when none was expected (should be 0). */
export interface EchoBenchResult {
  readonly measured: LoadResult;
  readonly solo: LoadResult;
  readonly unexpectedReplies: number;
}

/** Conversations posting activities to the echo bot concurrently, replies timed on arrival at the loopback connector. */
export async function benchEchoTurns(options: EchoBenchOptions): Promise<EchoBenchResult> {
  const inbox = new ReplyInbox();
  const connector = await startLoopbackConnector((conversationId) => inbox.deliver(conversationId));
  const echo = await startEchoServer();
  try {
    const turn = async (client: number, seq: number): Promise<TurnTiming> => {
      const conversation = `bench-conversation-${client}`;
      const reply = inbox.expect(conversation);
      const start = performance.now();
      const response = await fetch(`${echo.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity(connector.url, conversation, client, seq % 2 === 0 ? 'menu' : '2')),
      });
      await response.arrayBuffer();
      const ackMs = performance.now() - start;
      if (response.status >= 300) throw new Error(`echo bot answered ${response.status}`);
      return { latencyMs: (await reply) - start, ackMs };
    };
    const loop = new ClosedLoop(turn);
    await loop.run(options.conversations, options.warmUpTurns);
    const measured = await loop.run(options.conversations, options.measuredTurns);
    const solo = await loop.run(1, options.soloTurns);
    await new Promise((resolve) => setTimeout(resolve, 200)); // any extra reply would arrive by now
    return { measured, solo, unexpectedReplies: inbox.unexpected };
  } finally {
    await echo.close();
    await connector.close();
  }
}

function activity(serviceUrl: string, conversation: string, client: number, text: string): Record<string, unknown> {
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'emulator',
    serviceUrl,
    conversation: { id: conversation },
    from: { id: `bench-user-${client}`, name: 'Bench' },
    recipient: { id: 'bench-bot', name: 'Echo' },
    text,
    locale: 'en-US',
  };
}
