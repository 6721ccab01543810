// Parameters by region and account, each with every version it had (Parameter Store keeps 100).
import type {
  Parameter,
  ParameterHistory,
  ParameterMetadata,
  ParameterTier,
  ParameterType,
  Tag,
} from '@aws-sdk/client-ssm';

export const MAX_VERSIONS = 100;

export interface ParameterVersion {
  Type: ParameterType;
  /** As given: SecureString values are kept in clear and shown as ciphertext without WithDecryption. */
  Value: string;
  Version: number;
  LastModifiedDate: Date;
  Description?: string;
  AllowedPattern?: string;
  KeyId?: string;
  Tier: ParameterTier;
  DataType: string;
  Labels: string[];
}

export class StoredParameter {
  readonly history: ParameterVersion[] = [];
  tags: Tag[] = [];

  constructor(
    readonly name: string,
    readonly arn: string,
  ) {}

  get current(): ParameterVersion {
    return this.history[this.history.length - 1];
  }

  version(n: number): ParameterVersion | undefined {
    return this.history.find((v) => v.Version === n);
  }

  /** The SDK's Parameter; a SecureString's value is its stand-in ciphertext unless `decrypt`. */
  view(v: ParameterVersion, decrypt: boolean, selector?: string): Parameter {
    return {
      Name: this.name,
      Type: v.Type,
      Value: shownValue(v, decrypt),
      Version: v.Version,
      Selector: selector,
      LastModifiedDate: v.LastModifiedDate,
      ARN: this.arn,
      DataType: v.DataType,
    };
  }

  metadata(user: string): ParameterMetadata {
    const v = this.current;
    return {
      Name: this.name,
      ARN: this.arn,
      Type: v.Type,
      KeyId: v.KeyId,
      LastModifiedDate: v.LastModifiedDate,
      LastModifiedUser: user,
      Description: v.Description,
      AllowedPattern: v.AllowedPattern,
      Version: v.Version,
      Tier: v.Tier,
      Policies: [],
      DataType: v.DataType,
    };
  }

  historyEntry(v: ParameterVersion, decrypt: boolean, user: string): ParameterHistory {
    return {
      Name: this.name,
      Type: v.Type,
      KeyId: v.KeyId,
      LastModifiedDate: v.LastModifiedDate,
      LastModifiedUser: user,
      Description: v.Description,
      Value: shownValue(v, decrypt),
      AllowedPattern: v.AllowedPattern,
      Version: v.Version,
      Labels: v.Labels,
      Tier: v.Tier,
      Policies: [],
      DataType: v.DataType,
    };
  }
}

/** No KMS here: a SecureString read without decryption shows a base64 stand-in, never the clear value. */
function shownValue(v: ParameterVersion, decrypt: boolean): string {
  if (v.Type !== 'SecureString' || decrypt) return v.Value;
  return Buffer.from(`local-cloud:${v.KeyId}:${Buffer.from(v.Value).toString('base64')}`).toString('base64');
}

export class SsmStore {
  private readonly parameters = new Map<string, Map<string, StoredParameter>>();

  /** The parameters of one region and account, by name. */
  of(region: string, accountId: string): Map<string, StoredParameter> {
    const key = `${region}/${accountId}`;
    let m = this.parameters.get(key);
    if (!m) {
      m = new Map();
      this.parameters.set(key, m);
    }
    return m;
  }
}
