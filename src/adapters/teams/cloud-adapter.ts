import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';

/**
 * The Bot Framework's CloudAdapter, with the HTTP answer left to our route: its own `process`
 * answers an unreachable identity service with a 500 carrying the library's error text, and
 * prints every failure outside the log.
 */
export class PeerlineCloudAdapter extends CloudAdapter {
  /** Authenticates `authHeader` and runs the turn; throws (with `statusCode` 401) for a missing or bad token. */
  async processAuthenticated(
    authHeader: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, withDates(activity), logic);
  }
}

// What CloudAdapter.process does to the wire activity: its timestamps become dates, the text kept beside.
function withDates(activity: Activity): Activity {
  const wire = activity as Activity & { timestamp?: unknown; localTimestamp?: unknown; expiration?: unknown };
  if (typeof wire.timestamp === 'string') Object.assign(wire, { rawTimestamp: wire.timestamp, timestamp: new Date(wire.timestamp) });
  if (typeof wire.localTimestamp === 'string') Object.assign(wire, { rawLocalTimestamp: wire.localTimestamp, localTimestamp: new Date(wire.localTimestamp) });
  if (typeof wire.expiration === 'string') Object.assign(wire, { rawExpiration: wire.expiration, expiration: new Date(wire.expiration) });
  return wire;
}
