import type { ProgramConfig } from '../config.js';
import type { ParticipantRepository } from '../store/participants.js';

/** A place the participant named, reduced to what scheduling and crisis lines need. */
export interface PlaceAnswer {
  readonly timeZone: string;
  readonly region: string;
  readonly label: string;
}

/** What dialogs need from the rest of the service, passed in by the composition root. */
export interface DialogDeps {
  readonly program: ProgramConfig;
  readonly participants: ParticipantRepository;
  readonly resolvePlace: (text: string) => PlaceAnswer | undefined;
}
