/** A row or object that cannot be imported; the message says which field and why. */
export class RowError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'RowError';
  }
}

/** The fields of one CSV row or JSON object, read by any of their HSDS 2.0 and 3.0 names. */
export class Fields {
  constructor(private readonly values: Readonly<Record<string, unknown>>) {}

  /** The first of these fields that holds text (numbers are read as text), trimmed. */
  text(...names: string[]): string | undefined {
    for (const name of names) {
      const value = this.values[name];
      if (typeof value === 'number' && Number.isFinite(value)) return String(value);
      if (typeof value === 'string' && value.trim() !== '') return value.trim();
    }
    return undefined;
  }

  /** Like text, but the row is rejected without it. */
  required(...names: string[]): string {
    const value = this.text(...names);
    if (value === undefined) throw new RowError(`missing ${names[0] ?? 'field'}`);
    return value;
  }

  /** A number within [min, max], or undefined when empty; anything else rejects the row. */
  number(name: string, min: number, max: number): number | undefined {
    const raw = this.text(name);
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || value > max) throw new RowError(`${name} "${raw.slice(0, 20)}" is not a number from ${min} to ${max}`);
    return value;
  }

  /** A nested object, for HSDS JSON. */
  object(name: string): Fields | undefined {
    const value = this.values[name];
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? new Fields(value as Record<string, unknown>) : undefined;
  }

  /** A nested list of objects, for HSDS JSON; anything else in the list rejects the item. */
  list(name: string): Fields[] {
    const value = this.values[name];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw new RowError(`${name} is not a list`);
    return value.map((item, index) => {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) throw new RowError(`${name}[${index}] is not an object`);
      return new Fields(item as Record<string, unknown>);
    });
  }
}
