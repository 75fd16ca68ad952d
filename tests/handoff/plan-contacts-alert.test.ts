import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handoffAlertCard } from '../../src/adapters/teams/handoff-card.js';
import { loadConfig, type StaffContact } from '../../src/config.js';
import { HandoffAlerter } from '../../src/handoff/handoff-alerter.js';
import type { StaffMessage, StaffNotifier } from '../../src/handoff/staff-notifier.js';
import { createLogger } from '../../src/logging.js';
import { CheckInRepository } from '../../src/store/check-ins.js';
import type { Database } from '../../src/store/database.js';
import { HandoffRepository } from '../../src/store/handoffs.js';
import { ParticipantRepository } from '../../src/store/participants.js';
import { SafetyPlanRepository } from '../../src/store/safety-plans.js';
import { databaseTargets } from '../helpers/databases.js';
import { LogCapture } from '../helpers/app.js';

const program = loadConfig({ PROGRAM_CONFIG: path.resolve('tests/fixtures/program.json'), DATA_DIR: '/tmp/peerline-plan-alert-test' }).program;
const ANA = '780-555-0142';

/** A staff channel that keeps what it was asked to deliver. */
class RecordingNotifier implements StaffNotifier {
  readonly sent: StaffMessage[] = [];
  constructor(readonly channel: string) {}
  async notify(_staff: StaffContact, message: StaffMessage): Promise<'sent'> {
    this.sent.push(message);
    return 'sent';
  }
}

describe.each(databaseTargets)('the people from a safety plan on a hand-off alert, on $name', (target) => {
  let database: Database;
  let participants: ParticipantRepository;
  let handoffs: HandoffRepository;
  let plans: SafetyPlanRepository;
  const logs = new LogCapture();
  beforeAll(async () => {
    database = await target.open();
    participants = new ParticipantRepository(database.db);
    handoffs = new HandoffRepository(database.db);
    plans = new SafetyPlanRepository(database.db);
  });
  afterAll(async () => database?.close());

  /** A participant with Ana (with a number) and Sam as the people to ask, sharing them or not, in crisis. */
  async function alerted(address: string, share: boolean): Promise<StaffMessage> {
    const participant = await participants.findOrCreate('sms', address);
    await participants.updateProfile(participant.id, { name: 'Robin' });
    await plans.saveSection(participant.id, 'helpers', [
      { name: 'Ana', phone: ANA },
      { name: 'Sam', phone: null },
    ]);
    await plans.setShareContacts(participant.id, share);
    const { handoff } = await handoffs.open({ participantId: participant.id, reason: 'crisis', category: 'suicide', escalateAfterMs: 300_000 });
    const notifier = new RecordingNotifier('sms');
    const alerter = new HandoffAlerter(program, handoffs, [notifier], new CheckInRepository(database.db), plans, createLogger('info', logs));
    await alerter.alert(handoff, { name: 'Robin', status: 'active', timeZone: null }, 0);
    const [message] = notifier.sent;
    return message!;
  }

  it('with consent: names and numbers on the card, names only in the text to a phone', async () => {
    const message = await alerted('+12025550171', true);
    expect(message.alert?.planContacts).toEqual([
      { name: 'Ana', phone: ANA },
      { name: 'Sam', phone: null },
    ]);
    expect(message.text).toContain("People they'd call, from their safety plan: Ana, Sam.");
    expect(message.text).not.toContain(ANA);
    const card = JSON.stringify(handoffAlertCard(program.programName, message.alert!, { status: 'open' }).content);
    expect(card).toContain('People they would call, from their safety plan (shared with their consent)');
    expect(card).toContain(`{"title":"Ana","value":"${ANA}"}`);
    expect(card).toContain('{"title":"Sam","value":"No number given"}');
    expect(logs.lines.join('\n')).not.toContain(ANA);
  });

  it('without consent: nothing of the plan, on the card or in the text', async () => {
    const message = await alerted('+12025550172', false);
    expect(message.alert).not.toHaveProperty('planContacts');
    expect(message.text).not.toMatch(/Ana|Sam|safety plan/);
    expect(JSON.stringify(handoffAlertCard(program.programName, message.alert!, { status: 'open' }).content)).not.toMatch(/Ana|Sam|safety plan/);
  });
});
