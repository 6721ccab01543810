// A sensor reading as the ingest function accepts it, and the check that turns JSON into one.
export interface Reading {
  sensorId: string;
  celsius: number;
}

export class InvalidReading extends Error {
  override name = 'InvalidReading';
}

export function parseReading(event: unknown): Reading {
  const e = event as Partial<Reading> | null;
  if (typeof e?.sensorId !== 'string' || e.sensorId === '') throw new InvalidReading('sensorId is required');
  if (typeof e.celsius !== 'number' || e.celsius < -273.15)
    throw new InvalidReading(`celsius must be a number above -273.15; got ${JSON.stringify(e.celsius)}`);
  return { sensorId: e.sensorId, celsius: e.celsius };
}
