import { describe, expect, it } from 'vitest';
import type { StaffContact } from '../../src/config.js';
import { peerPersonalName } from '../../src/handoff/handoff-relay.js';
import { catalogFor } from '../../src/messages/index.js';

const staff = (name: string, role: StaffContact['role'] = 'peer') => ({ name, role });

describe('the claim notice: the person is told who has their message', () => {
  it.each([
    ['en', staff('Chris Alvarez'), 'Chris from the team has your message and will text you here.'],
    ['es', staff('Chris Alvarez'), 'Chris del equipo tiene tu mensaje y te escribirá por aquí.'],
    ['fr', staff('Chris Alvarez'), "Chris de l'équipe a votre message et vous écrira ici."],
    ['en', staff('On-call peer'), 'A peer from the team has your message and will text you here.'],
    ['en', staff('Backup supervisor', 'backup'), 'A peer from the team has your message and will text you here.'],
    ['en', staff('Duty supervisor', 'supervisor'), 'A supervisor from the team has your message and will text you here.'],
    ['es', staff('On-call peer'), 'Una persona de apoyo del equipo tiene tu mensaje y te escribirá por aquí.'],
    ['fr', staff('On-call peer'), "Un pair aidant de l'équipe a votre message et vous écrira ici."],
  ] as const)('%s, %o: "%s"', (lang, who, expected) => {
    expect(catalogFor(lang).relayPeerJoined(peerPersonalName(who), who.role)).toBe(expected);
  });

  it('a first name is said alone; a roster entry named for a post names no person', () => {
    expect(peerPersonalName(staff('  Marie-Ève Tremblay '))).toBe('Marie-Ève');
    expect(peerPersonalName(staff('Oncall'))).toBeUndefined();
    expect(peerPersonalName(staff('Peer team'))).toBeUndefined();
  });
});
