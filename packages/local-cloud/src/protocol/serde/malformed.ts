// A request value of the wrong type or form: thrown by the value codecs, answered by each protocol's codec.

export class MalformedInput extends Error {
  constructor(
    /** Where in the input, e.g. `Entries.1.DelaySeconds`. */
    readonly path: string,
    /** What the schema wants there, e.g. `a number`. */
    readonly expected: string,
    readonly value: unknown,
  ) {
    super(`${path || 'The request'} must be ${expected}`);
    this.name = 'MalformedInput';
  }
}

/** `Entries` + `1` -> `Entries.1`. */
export const join = (path: string, part: string | number): string =>
  path ? `${path}.${part}` : String(part);
