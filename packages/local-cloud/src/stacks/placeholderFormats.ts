// The Ref and Fn::GetAtt formats of the resource types real Serverless services use that the local cloud
// does not serve, from the "Return values" sections of AWS's CloudFormation resource reference (the ones
// not confirmed there are listed in docs/FIDELITY.md). A placeholder of one of these types answers with
// values in the type's own formats; any other type gets the generic format (placeholders.ts).
// One entry a type keeps this table easy to check against the reference; it is long for that reason.
import { randomInt, randomUUID } from 'node:crypto';
import { randomSuffix } from './names.js';
import type { StackResource } from './types.js';

/** What a format makes its values from. */
export interface PlaceholderInput {
  stackName: string;
  logicalId: string;
  region: string;
  accountId: string;
  partition: string;
  props: Record<string, unknown>;
  /** The name the template gives in `prop`, else a CloudFormation-style `<stack>-<id>-<random>`. */
  name(prop: string | undefined, options?: { maxLength?: number; lowercase?: boolean }): string;
}

export interface PlaceholderValues {
  /** Default: the Ref value. */
  physicalId?: string;
  ref: string;
  attributes: Record<string, unknown>;
}

export interface PlaceholderFormat {
  /** Properties the values are made from: a change to one gives new values (as a replacement would). */
  from?: string[];
  make(p: PlaceholderInput): PlaceholderValues;
}

const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
const MIXED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const upper = (n: number) => randomSuffix(n);
const lower = (n: number) => randomSuffix(n, LOWER);
const mixed = (n: number) => randomSuffix(n, MIXED);
const hex = (n: number) => randomSuffix(n, HEX);

export function arnOf(p: PlaceholderInput, service: string, resource: string, region = p.region): string {
  return `arn:${p.partition}:${service}:${region}:${p.accountId}:${resource}`;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** ElastiCache's short region in endpoint names: `us-east-1` -> `use1`, `ap-southeast-2` -> `apse2`. */
function shortRegion(region: string): string {
  const [area, direction = '', number = ''] = region.split('-');
  const d = direction.replace(/(north|south)?(east|west|central)?/, (_, ns, ew) => {
    return (ns ? ns[0] : '') + (ew ? ew[0] : '');
  });
  return `${area}${d}${number}`;
}

/** The default port of an RDS engine (`aurora-postgresql` is PostgreSQL's). */
function rdsPort(engine: unknown): string {
  const e = String(engine ?? 'mysql').toLowerCase();
  if (e.includes('postgres')) return '5432';
  if (e.startsWith('oracle')) return '1521';
  if (e.startsWith('sqlserver')) return '1433';
  return '3306';
}

/** An EC2 resource: Ref and `<Type>Id` are `<prefix>-<17 hex>`. */
function ec2(prefix: string, idAttribute: string, extra?: (p: PlaceholderInput) => Record<string, unknown>) {
  return {
    make: (p: PlaceholderInput): PlaceholderValues => {
      const id = `${prefix}-${hex(17)}`;
      return { ref: id, attributes: { [idAttribute]: id, ...extra?.(p) } };
    },
  };
}

/** A name is Ref, the ARN is `arn:...:<service>:...:<path(name)>`. */
function named(prop: string, service: string, path: (name: string) => string, maxLength = 128) {
  return {
    from: [prop],
    make: (p: PlaceholderInput): PlaceholderValues => {
      const name = p.name(prop, { maxLength });
      return { ref: name, attributes: { Arn: arnOf(p, service, path(name)) } };
    },
  };
}

/** AppSync's child resources live under `arn:...:appsync:...:apis/<ApiId>/`. */
function appSyncArn(p: PlaceholderInput, rest: string): string {
  return arnOf(p, 'appsync', `apis/${str(p.props.ApiId) ?? lower(26)}/${rest}`);
}

export const FORMATS: Record<string, PlaceholderFormat> = {
  'AWS::Kinesis::Stream': named('Name', 'kinesis', (n) => `stream/${n}`),
  'AWS::KinesisFirehose::DeliveryStream': named(
    'DeliveryStreamName',
    'firehose',
    (n) => `deliverystream/${n}`,
    64,
  ),

  'AWS::StepFunctions::StateMachine': {
    from: ['StateMachineName'],
    make: (p) => {
      // A generated name is `<LogicalId>-<12 random>`, unlike most types' `<stack>-<id>-<13>`.
      const name = str(p.props.StateMachineName) ?? `${p.logicalId}-${mixed(12)}`;
      const arn = arnOf(p, 'states', `stateMachine:${name}`);
      return { ref: arn, attributes: { Arn: arn, Name: name } };
    },
  },
  'AWS::StepFunctions::Activity': {
    from: ['Name'],
    make: (p) => {
      const name = p.name('Name', { maxLength: 80 });
      const arn = arnOf(p, 'states', `activity:${name}`);
      return { ref: arn, attributes: { Arn: arn, Name: name } };
    },
  },

  'AWS::Cognito::UserPool': {
    make: (p) => {
      const id = `${p.region}_${mixed(9)}`;
      const provider = `cognito-idp.${p.region}.amazonaws.com/${id}`;
      return {
        ref: id,
        attributes: {
          Arn: arnOf(p, 'cognito-idp', `userpool/${id}`),
          ProviderName: provider,
          ProviderURL: `https://${provider}`,
          UserPoolId: id,
        },
      };
    },
  },
  'AWS::Cognito::UserPoolClient': {
    make: (p) => {
      const id = lower(26);
      return {
        ref: id,
        attributes: { ClientId: id, ClientSecret: lower(51), Name: str(p.props.ClientName) ?? id },
      };
    },
  },
  'AWS::Cognito::IdentityPool': {
    make: (p) => {
      const id = `${p.region}:${randomUUID()}`;
      return { ref: id, attributes: { Id: id, Name: str(p.props.IdentityPoolName) ?? p.logicalId } };
    },
  },
  'AWS::Cognito::UserPoolDomain': {
    from: ['Domain'],
    make: (p) => ({
      ref: p.name('Domain', { lowercase: true, maxLength: 63 }),
      attributes: { CloudFrontDistribution: `d${lower(13)}.cloudfront.net` },
    }),
  },

  'AWS::KMS::Key': {
    make: (p) => {
      const id = randomUUID();
      return { ref: id, attributes: { Arn: arnOf(p, 'kms', `key/${id}`), KeyId: id } };
    },
  },
  'AWS::KMS::Alias': {
    from: ['AliasName'],
    make: (p) => ({ ref: str(p.props.AliasName) ?? `alias/${p.name(undefined)}`, attributes: {} }),
  },

  'AWS::ElastiCache::CacheCluster': {
    from: ['ClusterName', 'Engine'],
    make: (p) => {
      const name = p.name('ClusterName', { maxLength: 40, lowercase: true });
      const host = `${name}.${lower(6)}`;
      const memcached = String(p.props.Engine ?? '').toLowerCase() === 'memcached';
      const region = shortRegion(p.region);
      return {
        ref: name,
        attributes: {
          'RedisEndpoint.Address': `${host}.0001.${region}.cache.amazonaws.com`,
          'RedisEndpoint.Port': '6379',
          'ConfigurationEndpoint.Address': `${host}.cfg.${region}.cache.amazonaws.com`,
          'ConfigurationEndpoint.Port': memcached ? '11211' : '6379',
        },
      };
    },
  },
  'AWS::ElastiCache::ReplicationGroup': {
    from: ['ReplicationGroupId'],
    make: (p) => {
      const id = p.name('ReplicationGroupId', { maxLength: 40, lowercase: true });
      const zone = `${lower(6)}.ng.0001.${shortRegion(p.region)}.cache.amazonaws.com`;
      return {
        ref: id,
        attributes: {
          'PrimaryEndPoint.Address': `${id}.${zone}`,
          'PrimaryEndPoint.Port': '6379',
          'ReaderEndPoint.Address': `${id}-ro.${zone}`,
          'ReaderEndPoint.Port': '6379',
          'ConfigurationEndPoint.Address': `${id}.${lower(6)}.clustercfg.${shortRegion(p.region)}.cache.amazonaws.com`,
          'ConfigurationEndPoint.Port': '6379',
        },
      };
    },
  },
  'AWS::ElastiCache::ServerlessCache': {
    from: ['ServerlessCacheName'],
    make: (p) => {
      const name = p.name('ServerlessCacheName', { maxLength: 40, lowercase: true });
      const host = `${name}-${lower(6)}.serverless.${shortRegion(p.region)}.cache.amazonaws.com`;
      return {
        ref: name,
        attributes: {
          ARN: arnOf(p, 'elasticache', `serverlesscache:${name}`),
          'Endpoint.Address': host,
          'Endpoint.Port': '6379',
          'ReaderEndpoint.Address': host,
          'ReaderEndpoint.Port': '6380',
        },
      };
    },
  },
  'AWS::ElastiCache::SubnetGroup': {
    from: ['CacheSubnetGroupName'],
    make: (p) => ({
      ref: p.name('CacheSubnetGroupName', { lowercase: true, maxLength: 255 }),
      attributes: {},
    }),
  },

  'AWS::RDS::DBInstance': {
    from: ['DBInstanceIdentifier', 'Engine'],
    make: (p) => {
      const id = p.name('DBInstanceIdentifier', { maxLength: 63, lowercase: true });
      return {
        ref: id,
        attributes: {
          'Endpoint.Address': `${id}.${lower(12)}.${p.region}.rds.amazonaws.com`,
          'Endpoint.Port': rdsPort(p.props.Engine),
          DBInstanceArn: arnOf(p, 'rds', `db:${id}`),
          DbiResourceId: `db-${upper(26)}`,
        },
      };
    },
  },
  'AWS::RDS::DBCluster': {
    from: ['DBClusterIdentifier', 'Engine'],
    make: (p) => {
      const id = p.name('DBClusterIdentifier', { maxLength: 63, lowercase: true });
      const zone = `${lower(12)}.${p.region}.rds.amazonaws.com`;
      return {
        ref: id,
        attributes: {
          'Endpoint.Address': `${id}.cluster-${zone}`,
          'Endpoint.Port': rdsPort(p.props.Engine),
          'ReadEndpoint.Address': `${id}.cluster-ro-${zone}`,
          DBClusterArn: arnOf(p, 'rds', `cluster:${id}`),
          DBClusterResourceId: `cluster-${upper(26)}`,
        },
      };
    },
  },
  'AWS::RDS::DBSubnetGroup': {
    from: ['DBSubnetGroupName'],
    make: (p) => ({ ref: p.name('DBSubnetGroupName', { lowercase: true, maxLength: 255 }), attributes: {} }),
  },

  'AWS::CloudFront::Distribution': {
    make: () => {
      const id = `E${upper(13)}`;
      return { ref: id, attributes: { Id: id, DomainName: `d${lower(13)}.cloudfront.net` } };
    },
  },
  'AWS::CloudFront::CloudFrontOriginAccessIdentity': {
    make: () => {
      const id = `E${upper(13)}`;
      return { ref: id, attributes: { Id: id, S3CanonicalUserId: hex(96) } };
    },
  },
  'AWS::CloudFront::OriginAccessControl': {
    make: () => {
      const id = `E${upper(13)}`;
      return { ref: id, attributes: { Id: id } };
    },
  },

  'AWS::WAFv2::WebACL': {
    from: ['Name', 'Scope'],
    make: (p) => {
      const name = p.name('Name', { maxLength: 128 });
      const id = randomUUID();
      const scope = str(p.props.Scope) ?? 'REGIONAL';
      // CloudFront web ACLs are global: their ARNs name us-east-1.
      const arn =
        scope === 'CLOUDFRONT'
          ? arnOf(p, 'wafv2', `global/webacl/${name}/${id}`, 'us-east-1')
          : arnOf(p, 'wafv2', `regional/webacl/${name}/${id}`);
      return {
        ref: `${name}|${id}|${scope}`,
        attributes: {
          Arn: arn,
          Id: id,
          Capacity: 0,
          LabelNamespace: `awswaf:${p.accountId}:webacl:${name}:`,
        },
      };
    },
  },

  'AWS::AppSync::GraphQLApi': {
    make: (p) => {
      const apiId = lower(26);
      const arn = arnOf(p, 'appsync', `apis/${apiId}`);
      const sub = lower(26);
      const dns = `${sub}.appsync-api.${p.region}.amazonaws.com`;
      const realtime = `${sub}.appsync-realtime-api.${p.region}.amazonaws.com`;
      return {
        ref: arn,
        attributes: {
          ApiId: apiId,
          Arn: arn,
          GraphQLUrl: `https://${dns}/graphql`,
          GraphQLDns: dns,
          RealtimeUrl: `wss://${realtime}/graphql`,
          RealtimeDns: realtime,
        },
      };
    },
  },
  'AWS::AppSync::DataSource': {
    from: ['ApiId', 'Name'],
    make: (p) => {
      const name = str(p.props.Name) ?? p.logicalId;
      const arn = appSyncArn(p, `datasources/${name}`);
      return { ref: arn, attributes: { DataSourceArn: arn, Name: name } };
    },
  },
  'AWS::AppSync::Resolver': {
    from: ['ApiId', 'TypeName', 'FieldName'],
    make: (p) => {
      const [type, field] = [str(p.props.TypeName) ?? 'Query', str(p.props.FieldName) ?? p.logicalId];
      const arn = appSyncArn(p, `types/${type}/resolvers/${field}`);
      return { ref: arn, attributes: { ResolverArn: arn, TypeName: type, FieldName: field } };
    },
  },
  'AWS::AppSync::FunctionConfiguration': {
    from: ['ApiId'],
    make: (p) => {
      const id = lower(26);
      const arn = appSyncArn(p, `functions/${id}`);
      return {
        ref: arn,
        attributes: {
          FunctionArn: arn,
          FunctionId: id,
          Name: str(p.props.Name) ?? p.logicalId,
          DataSourceName: str(p.props.DataSourceName) ?? '',
        },
      };
    },
  },
  'AWS::AppSync::ApiKey': {
    from: ['ApiId'],
    make: (p) => {
      const key = `da2-${lower(26)}`;
      const arn = appSyncArn(p, `apikeys/${key}`);
      return { ref: arn, attributes: { ApiKey: key, ApiKeyId: key, Arn: arn } };
    },
  },

  'AWS::Route53::RecordSet': {
    from: ['Name'],
    make: (p) => ({ ref: str(p.props.Name) ?? p.name(undefined), attributes: {} }),
  },
  'AWS::Route53::HostedZone': {
    make: () => {
      const id = `Z${upper(20)}`;
      // Route 53's delegation set: one name server in each of four top-level domains.
      const servers = ['com', 'net', 'org', 'co.uk'].map(
        (tld) => `ns-${randomInt(2048)}.awsdns-${String(randomInt(64)).padStart(2, '0')}.${tld}`,
      );
      return { ref: id, attributes: { Id: id, NameServers: servers } };
    },
  },

  'AWS::CertificateManager::Certificate': {
    make: (p) => ({ ref: arnOf(p, 'acm', `certificate/${randomUUID()}`), attributes: {} }),
  },
  'AWS::ApiGateway::DomainName': {
    from: ['DomainName'],
    make: (p) => ({
      ref: str(p.props.DomainName) ?? p.name(undefined),
      attributes: {
        DistributionDomainName: `d${lower(13)}.cloudfront.net`,
        // CloudFront's one hosted zone, the same for every distribution
        DistributionHostedZoneId: 'Z2FDTNDATAQYW2',
        RegionalDomainName: `d-${lower(10)}.execute-api.${p.region}.amazonaws.com`,
      },
    }),
  },
  'AWS::ApiGatewayV2::DomainName': {
    from: ['DomainName'],
    make: (p) => ({
      ref: str(p.props.DomainName) ?? p.name(undefined),
      attributes: { RegionalDomainName: `d-${lower(10)}.execute-api.${p.region}.amazonaws.com` },
    }),
  },

  'AWS::Lambda::Url': {
    from: ['TargetFunctionArn', 'Qualifier'],
    make: (p) => {
      const target = str(p.props.TargetFunctionArn) ?? p.logicalId;
      const base = target.startsWith('arn:') ? target : arnOf(p, 'lambda', `function:${target}`);
      const arn = str(p.props.Qualifier) ? `${base}:${p.props.Qualifier}` : base;
      return {
        ref: arn,
        attributes: { FunctionArn: arn, FunctionUrl: `https://${lower(32)}.lambda-url.${p.region}.on.aws/` },
      };
    },
  },

  'AWS::EC2::VPC': ec2('vpc', 'VpcId', (p) => ({
    CidrBlock: p.props.CidrBlock ?? '10.0.0.0/16',
    DefaultSecurityGroup: `sg-${hex(17)}`,
    DefaultNetworkAcl: `acl-${hex(17)}`,
  })),
  'AWS::EC2::Subnet': ec2('subnet', 'SubnetId', (p) => ({
    VpcId: p.props.VpcId,
    AvailabilityZone: p.props.AvailabilityZone ?? `${p.region}a`,
    CidrBlock: p.props.CidrBlock,
  })),
  'AWS::EC2::SecurityGroup': {
    from: ['GroupName', 'VpcId'],
    make: (p) => {
      const id = `sg-${hex(17)}`;
      // Ref is the id in a VPC, the group's name in the default VPC.
      const ref = p.props.VpcId ? id : p.name('GroupName', { maxLength: 255 });
      return { ref, attributes: { GroupId: id, VpcId: p.props.VpcId ?? `vpc-${hex(17)}` } };
    },
  },
  'AWS::EC2::InternetGateway': ec2('igw', 'InternetGatewayId'),
  'AWS::EC2::RouteTable': ec2('rtb', 'RouteTableId'),
  'AWS::EC2::NatGateway': ec2('nat', 'NatGatewayId'),
  'AWS::EC2::VPCEndpoint': ec2('vpce', 'Id'),

  'AWS::EFS::FileSystem': {
    make: (p) => {
      const id = `fs-${hex(17)}`;
      return {
        ref: id,
        attributes: { FileSystemId: id, Arn: arnOf(p, 'elasticfilesystem', `file-system/${id}`) },
      };
    },
  },
  'AWS::EFS::AccessPoint': {
    make: (p) => {
      const id = `fsap-${hex(17)}`;
      return {
        ref: id,
        attributes: { AccessPointId: id, Arn: arnOf(p, 'elasticfilesystem', `access-point/${id}`) },
      };
    },
  },

  'AWS::ECR::Repository': {
    from: ['RepositoryName'],
    make: (p) => {
      const name = p.name('RepositoryName', { maxLength: 256, lowercase: true });
      return {
        ref: name,
        attributes: {
          Arn: arnOf(p, 'ecr', `repository/${name}`),
          RepositoryUri: `${p.accountId}.dkr.ecr.${p.region}.amazonaws.com/${name}`,
        },
      };
    },
  },
  'AWS::Scheduler::Schedule': {
    from: ['Name', 'GroupName'],
    make: (p) => {
      const name = p.name('Name', { maxLength: 64 });
      const group = str(p.props.GroupName) ?? 'default';
      return { ref: name, attributes: { Arn: arnOf(p, 'scheduler', `schedule/${group}/${name}`) } };
    },
  },
  'AWS::Scheduler::ScheduleGroup': named('Name', 'scheduler', (n) => `schedule-group/${n}`, 64),
  'AWS::IAM::ManagedPolicy': {
    from: ['ManagedPolicyName', 'Path'],
    make: (p) => {
      const name = p.name('ManagedPolicyName', { maxLength: 128 });
      const arn = `arn:${p.partition}:iam::${p.accountId}:policy${str(p.props.Path) ?? '/'}${name}`;
      return { ref: arn, attributes: { PolicyArn: arn, PolicyId: `ANPA${upper(17)}` } };
    },
  },
  'AWS::DynamoDB::GlobalTable': {
    from: ['TableName'],
    make: (p) => {
      const name = p.name('TableName', { maxLength: 255 });
      const arn = arnOf(p, 'dynamodb', `table/${name}`);
      const label = new Date().toISOString().replace('Z', '');
      return {
        ref: name,
        attributes: { Arn: arn, StreamArn: `${arn}/stream/${label}`, TableId: randomUUID() },
      };
    },
  },
  'AWS::OpenSearchService::Domain': {
    from: ['DomainName'],
    make: (p) => {
      const name = p.name('DomainName', { maxLength: 28, lowercase: true });
      const arn = arnOf(p, 'es', `domain/${name}`);
      return {
        ref: name,
        attributes: {
          Arn: arn,
          DomainArn: arn,
          DomainEndpoint: `search-${name}-${lower(26)}.${p.region}.es.amazonaws.com`,
        },
      };
    },
  },
  'AWS::CloudFormation::Stack': {
    make: (p) => {
      const arn = arnOf(p, 'cloudformation', `stack/${p.name(undefined)}/${randomUUID()}`);
      return { ref: arn, attributes: {} };
    },
  },
};

/** Fn::GetAtt of an attribute the placeholder's format does not list: an ARN for `*Arn`, else a marker. */
export function placeholderAttribute(r: StackResource, attribute: string): string {
  if (/Arn$|ARN$/.test(attribute) && r.placeholder?.fallbackArn) return r.placeholder.fallbackArn;
  return `placeholder-${r.logicalId}-${attribute.replace(/\./g, '-')}`;
}
