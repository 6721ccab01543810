// A region's tables as the local cloud's own DynamoDB operations use them: dynalite's single-item
// operations with the SDK's typed shapes, encoded and decoded by the model's own schemas.
import type {
  DeleteItemInput,
  DeleteItemOutput,
  DescribeTableInput,
  DescribeTableOutput,
  GetItemInput,
  GetItemOutput,
  PutItemInput,
  PutItemOutput,
  UpdateItemInput,
  UpdateItemOutput,
} from '@aws-sdk/client-dynamodb';
import type { ServiceModel } from '../protocol/model.js';
import { type Decode, type Encode, jsonDecoder, jsonWriter } from '../protocol/serde/json.js';
import type { DynaliteEngine } from './dynalite.js';
import { fromDynalite } from './errors.js';

const OPTIONS = { jsonName: false };

/** dynalite wants a SigV4-shaped request; it checks the shape, not the signature. */
const SIGNED = {
  authorization:
    'AWS4-HMAC-SHA256 Credential=local/20200101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
  'x-amz-date': '20200101T000000Z',
  'content-type': 'application/x-amz-json-1.0',
};

interface Codec {
  encode: Encode;
  decode: Decode;
}

export class Tables {
  private readonly codecs = new Map<string, Codec>();

  constructor(
    private readonly engine: DynaliteEngine,
    private readonly model: ServiceModel,
    private readonly region: string,
  ) {}

  getItem(input: GetItemInput): Promise<GetItemOutput> {
    return this.send('GetItem', input);
  }

  putItem(input: PutItemInput): Promise<PutItemOutput> {
    return this.send('PutItem', input);
  }

  updateItem(input: UpdateItemInput): Promise<UpdateItemOutput> {
    return this.send('UpdateItem', input);
  }

  deleteItem(input: DeleteItemInput): Promise<DeleteItemOutput> {
    return this.send('DeleteItem', input);
  }

  describeTable(input: DescribeTableInput): Promise<DescribeTableOutput> {
    return this.send('DescribeTable', input);
  }

  private async send<O>(operation: string, input: object): Promise<O> {
    const codec = this.codec(operation);
    const answer = await this.engine.call(this.region, {
      method: 'POST',
      url: '/',
      headers: { ...SIGNED, 'x-amz-target': `DynamoDB_20120810.${operation}` },
      body: Buffer.from(JSON.stringify(codec.encode(input))),
    });
    const body: unknown = answer.body ? JSON.parse(answer.body) : {};
    if (answer.status !== 200) throw fromDynalite(answer.status, body, answer.checking);
    return codec.decode(body, '') as O;
  }

  private codec(operation: string): Codec {
    let c = this.codecs.get(operation);
    if (!c) {
      const op = this.model.operations.get(operation);
      if (!op) throw new Error(`local-cloud: ${operation} is not in DynamoDB's model`);
      c = { encode: jsonWriter(op.input, OPTIONS), decode: jsonDecoder(op.output, OPTIONS) };
      this.codecs.set(operation, c);
    }
    return c;
  }
}
