// A secret: its versions with their staging labels (AWSCURRENT, AWSPREVIOUS, custom ones), and its deletion
// schedule.
import type { DescribeSecretResponse, SecretListEntry, Tag } from '@aws-sdk/client-secrets-manager';

export const CURRENT = 'AWSCURRENT';
export const PREVIOUS = 'AWSPREVIOUS';
/** Versions without a label beyond this many are dropped, oldest first, as AWS does. */
const MAX_VERSIONS = 100;

export interface SecretVersion {
  id: string;
  SecretString?: string;
  SecretBinary?: Uint8Array;
  created: Date;
  stages: string[];
}

export class Secret {
  readonly versions = new Map<string, SecretVersion>();
  description?: string;
  kmsKeyId?: string;
  tags: Tag[] = [];
  readonly created = new Date();
  lastChanged = new Date();
  lastAccessed?: Date;
  /** When DeleteSecret scheduled it; the secret refuses most operations from then on. */
  deleted?: Date;
  /** When it goes for good. */
  deletionDate?: Date;

  constructor(
    readonly arn: string,
    readonly name: string,
  ) {}

  withStage(stage: string): SecretVersion | undefined {
    for (const v of this.versions.values()) if (v.stages.includes(stage)) return v;
    return undefined;
  }

  /** Adds a version and moves the given labels onto it; AWSCURRENT leaving a version leaves AWSPREVIOUS there. */
  addVersion(version: Omit<SecretVersion, 'stages' | 'created'>, stages: string[]): SecretVersion {
    const added: SecretVersion = { ...version, created: new Date(), stages: [] };
    this.versions.set(added.id, added);
    for (const stage of stages) {
      const holder = this.withStage(stage);
      if (holder && holder !== added) {
        holder.stages = holder.stages.filter((s) => s !== stage);
        if (stage === CURRENT) {
          const previous = this.withStage(PREVIOUS);
          if (previous) previous.stages = previous.stages.filter((s) => s !== PREVIOUS);
          holder.stages.push(PREVIOUS);
        }
      }
      added.stages.push(stage);
    }
    this.lastChanged = new Date();
    this.prune();
    return added;
  }

  get versionsToStages(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const v of this.versions.values()) if (v.stages.length > 0) out[v.id] = [...v.stages];
    return out;
  }

  describe(): DescribeSecretResponse {
    return {
      ARN: this.arn,
      Name: this.name,
      Description: this.description,
      KmsKeyId: this.kmsKeyId,
      LastChangedDate: this.lastChanged,
      LastAccessedDate: this.lastAccessed,
      DeletedDate: this.deleted,
      Tags: this.tags.length > 0 ? this.tags : undefined,
      VersionIdsToStages: this.versionsToStages,
      CreatedDate: this.created,
    };
  }

  listEntry(): SecretListEntry {
    const d = this.describe();
    return {
      ARN: d.ARN,
      Name: d.Name,
      Description: d.Description,
      KmsKeyId: d.KmsKeyId,
      LastChangedDate: d.LastChangedDate,
      LastAccessedDate: d.LastAccessedDate,
      DeletedDate: d.DeletedDate,
      Tags: d.Tags,
      SecretVersionsToStages: d.VersionIdsToStages,
      CreatedDate: d.CreatedDate,
    };
  }

  private prune(): void {
    const unlabelled = [...this.versions.values()].filter((v) => v.stages.length === 0);
    for (const v of unlabelled.slice(0, Math.max(0, this.versions.size - MAX_VERSIONS)))
      this.versions.delete(v.id);
  }
}
