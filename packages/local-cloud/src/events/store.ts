// EventBridge state: buses per region (each with its rules and their targets) and tags by ARN.
import type { Target } from '@aws-sdk/client-eventbridge';
import { parseArn } from '../arn.js';
import { busNotFound, ruleNotFound } from './errors.js';
import type { JsonObject } from './pattern.js';

export interface EventBus {
  name: string;
  arn: string;
  region: string;
  description?: string;
  createdAt: Date;
  modifiedAt: Date;
  rules: Map<string, Rule>;
}

export interface Rule {
  name: string;
  arn: string;
  busName: string;
  eventPattern?: string;
  pattern?: JsonObject;
  /** Fired by the scheduler while the rule is enabled (default bus only). */
  scheduleExpression?: string;
  state: string;
  description?: string;
  roleArn?: string;
  /** Insertion order is the order AWS lists them in. */
  targets: Map<string, Target>;
}

export class EventsStore {
  /** Buses by region then name (read whole by src/persistence with --state-dir). */
  readonly regions = new Map<string, Map<string, EventBus>>();
  readonly tags = new Map<string, Map<string, string>>();

  constructor(readonly accountId: string) {}

  busArn(region: string, name: string): string {
    return `arn:aws:events:${region}:${this.accountId}:event-bus/${name}`;
  }

  ruleArn(region: string, busName: string, name: string): string {
    const path = busName === 'default' ? name : `${busName}/${name}`;
    return `arn:aws:events:${region}:${this.accountId}:rule/${path}`;
  }

  /** The region's buses; `default` exists in every region from the first look. */
  buses(region: string): Map<string, EventBus> {
    let m = this.regions.get(region);
    if (!m) {
      m = new Map();
      const now = thisSecond();
      m.set('default', {
        name: 'default',
        arn: this.busArn(region, 'default'),
        region,
        createdAt: now,
        modifiedAt: now,
        rules: new Map(),
      });
      this.regions.set(region, m);
    }
    return m;
  }

  /** A bus by name or ARN (an ARN names its own region); undefined when missing. */
  findBus(nameOrArn: string | undefined, region: string): EventBus | undefined {
    const { name, region: r } = splitBusName(nameOrArn, region);
    return this.buses(r).get(name);
  }

  /** As findBus, but AWS's ResourceNotFoundException when missing. */
  bus(nameOrArn: string | undefined, region: string): EventBus {
    const found = this.findBus(nameOrArn, region);
    if (!found) {
      throw busNotFound(splitBusName(nameOrArn, region).name);
    }
    return found;
  }

  rule(bus: EventBus, name: string): Rule {
    const rule = bus.rules.get(name);
    if (!rule) throw ruleNotFound(name, bus.name);
    return rule;
  }

  /** Whether an ARN names a bus or rule of this store (for the tagging API). */
  resourceExists(arn: string): boolean {
    const a = parseArn(arn);
    if (a?.service !== 'events' || !a.region || !a.resourceName) return false;
    const { region, resourceType: kind, resourceName: path } = a;
    if (kind === 'event-bus') return this.buses(region).has(path);
    if (kind !== 'rule') return false;
    const slash = path.indexOf('/');
    const busName = slash < 0 ? 'default' : path.slice(0, slash);
    const ruleName = slash < 0 ? path : path.slice(slash + 1);
    return this.buses(region).get(busName)?.rules.has(ruleName) ?? false;
  }
}

/** Now, to the second: bus times have always gone out in whole seconds from here. */
export function thisSecond(): Date {
  return new Date(Math.floor(Date.now() / 1000) * 1000);
}

export function splitBusName(
  nameOrArn: string | undefined,
  region: string,
): { name: string; region: string } {
  if (!nameOrArn) return { name: 'default', region };
  const a = parseArn(nameOrArn);
  if (a?.service === 'events' && a.region && a.resourceType === 'event-bus' && a.resourceName) {
    return { name: a.resourceName, region: a.region };
  }
  return { name: nameOrArn, region };
}
