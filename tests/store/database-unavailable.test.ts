import { DialogContext, DialogContextError, DialogSet } from 'botbuilder-dialogs';
import { TestAdapter, TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/store/database.js';

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
const failedQuery = (cause: Error) => Object.assign(new Error('Failed query: select 1\nparams: '), { cause });

describe('telling a database outage from a bug', () => {
  it('sees a refused connection however the driver and drizzle wrap it', () => {
    expect(isDatabaseUnavailable(refused())).toBe(true);
    expect(isDatabaseUnavailable(failedQuery(refused()))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([new Error('x'), refused()]))).toBe(true);
  });

  it('sees it through a dialog\'s DialogContextError, which keeps the original in `error`, not `cause`', () => {
    const context = new TurnContext(new TestAdapter(), { type: 'message', text: 'hi' });
    const dialogContext = new DialogContext(new DialogSet(), context, { dialogStack: [] });
    expect(isDatabaseUnavailable(new DialogContextError(failedQuery(refused()), dialogContext))).toBe(true);
  });

  it('does not take a wrong query or a bot bug for an outage', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key value'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError('cannot read properties of undefined'))).toBe(false);
  });
});
