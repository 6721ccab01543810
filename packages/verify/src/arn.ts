// ARNs of the destination services: which kind of destination an ARN names, and its parts.

export type DestinationType = 'sqs' | 'sns' | 'events' | 'lambda' | 's3';

export interface Arn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

export function parseArn(arn: string): Arn | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  return {
    partition: parts[1],
    service: parts[2],
    region: parts[3],
    account: parts[4],
    resource: parts.slice(5).join(':'),
  };
}

/** The destination type an ARN names, or undefined for a service Lambda cannot deliver to. */
export function destinationType(arn: string): DestinationType | undefined {
  const s = parseArn(arn)?.service;
  return s === 'sqs' || s === 'sns' || s === 'events' || s === 'lambda' || s === 's3' ? s : undefined;
}

/** `arn:...:function:name[:qualifier]` -> `name`. */
export function functionNameOf(arnOrName: string): string {
  const a = parseArn(arnOrName);
  if (!a) return arnOrName;
  return a.resource.split(':')[1] ?? arnOrName;
}

/** Strips a version or alias from a function ARN. */
export function unqualified(functionArn: string): string {
  return functionArn.split(':').slice(0, 7).join(':');
}

/** The last part of an ARN's resource: a queue's, topic's or bus's name. */
export function resourceName(arn: string): string {
  const r = parseArn(arn)?.resource ?? arn;
  return r.split(/[/:]/).pop() ?? r;
}
