/** A clock time 'HH:mm' as minutes after midnight. */
export function clockMinutes(clock: string): number {
  const [hour = 0, minute = 0] = clock.split(':').map(Number);
  return hour * 60 + minute;
}

/** A clock time 'HH:mm' as luxon's `set()` takes it, to the minute. */
export function clockSetting(clock: string): { hour: number; minute: number; second: 0; millisecond: 0 } {
  const minutes = clockMinutes(clock);
  return { hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0, millisecond: 0 };
}
