// What the Lambda service keeps of layers: each layer's versions (content unpacked once, on disk), their
// permissions, and the references to a layer or a version that Lambda accepts (name or ARN).
import type { Architecture, Runtime } from '@aws-sdk/client-lambda';
import type { PolicyStatement } from './store.js';

/** One published layer version; functions hold on to it, so a deleted version keeps working for them. */
export interface LayerVersion {
  layerName: string;
  region: string;
  version: number;
  /** `arn:aws:lambda:<region>:<account>:layer:<name>:<version>`. */
  arn: string;
  /** The layer's ARN (no version). */
  layerArn: string;
  /** Where the content is unpacked: the files as they land in `/opt`. */
  dir: string;
  codeSha256: string;
  codeSize: number;
  description: string;
  createdDate: string;
  compatibleRuntimes?: Runtime[];
  compatibleArchitectures?: Architecture[];
  licenseInfo?: string;
  policy: PolicyStatement[];
  policyRevision: string;
}

export interface Layer {
  name: string;
  region: string;
  arn: string;
  /** By version number; deleted versions leave, their numbers are never given again. */
  versions: Map<number, LayerVersion>;
  lastVersion: number;
}

/** A layer name or ARN, and a version number when the ARN carries one. */
export interface LayerRef {
  name: string;
  region?: string;
  accountId?: string;
  version?: number;
}

const ARN = /^arn:aws[a-zA-Z-]*:lambda:([a-z0-9-]+):(\d{12}):layer:([a-zA-Z0-9_-]+)(?::(\d+))?$/;
const NAME = /^[a-zA-Z0-9_-]{1,140}$/;

/** Parses a `LayerName` (a name or a layer ARN) or a version ARN; undefined when it is neither. */
export function parseLayerRef(value: string): LayerRef | undefined {
  const m = ARN.exec(value);
  if (m) return { region: m[1], accountId: m[2], name: m[3], version: m[4] ? Number(m[4]) : undefined };
  return NAME.test(value) ? { name: value } : undefined;
}

export function layerArn(region: string, accountId: string, name: string): string {
  return `arn:aws:lambda:${region}:${accountId}:layer:${name}`;
}

export class LayerStore {
  private readonly layers = new Map<string, Layer>();

  private key(region: string, name: string): string {
    return `${region}/${name}`;
  }

  find(region: string, name: string): Layer | undefined {
    return this.layers.get(this.key(region, name));
  }

  /** The layer, made (with no versions) when new. */
  layer(region: string, accountId: string, name: string): Layer {
    const key = this.key(region, name);
    let layer = this.layers.get(key);
    if (!layer) {
      layer = { name, region, arn: layerArn(region, accountId, name), versions: new Map(), lastVersion: 0 };
      this.layers.set(key, layer);
    }
    return layer;
  }

  version(region: string, name: string, version: number): LayerVersion | undefined {
    return this.find(region, name)?.versions.get(version);
  }

  all(): Layer[] {
    return [...this.layers.values()];
  }

  /** A layer read back from the state directory. */
  restore(layer: Layer): void {
    this.layers.set(this.key(layer.region, layer.name), layer);
  }

  /** Layers of a region that still have a version, by name. */
  list(region: string): Layer[] {
    return [...this.layers.values()]
      .filter((l) => l.region === region && l.versions.size > 0)
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  }
}

/** The versions matching the filters, newest first. */
export function matchingVersions(
  layer: Layer,
  filter: { CompatibleRuntime?: Runtime; CompatibleArchitecture?: Architecture },
): LayerVersion[] {
  return [...layer.versions.values()]
    .filter(
      (v) =>
        (!filter.CompatibleRuntime || (v.compatibleRuntimes ?? []).includes(filter.CompatibleRuntime)) &&
        (!filter.CompatibleArchitecture ||
          (v.compatibleArchitectures ?? []).includes(filter.CompatibleArchitecture)),
    )
    .sort((a, b) => b.version - a.version);
}
