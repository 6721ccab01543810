// CreateTopic: standard or FIFO (`.fifo` name with FifoTopic=true); idempotent for the same settings.
import type { CreateTopicInput, CreateTopicResponse } from '@aws-sdk/client-sns';
import type { SnsContext } from './context.js';
import { invalidParameter } from './errors.js';
import type { Topic } from './store.js';
import { checkTags } from './tagResource.js';
import { checkTopicAttribute, setTopicAttribute, storedTopicAttribute } from './topicAttributes.js';
import { required } from './validate.js';

const NAME_RE = /^[A-Za-z0-9_-]{1,256}$/;
const FIFO_NAME_RE = /^[A-Za-z0-9_-]{1,251}\.fifo$/;
const FIFO_NAME_MESSAGE =
  'Fifo Topic names must end with .fifo and must be made up of only uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters long.';

export function createTopic(ctx: SnsContext, input: CreateTopicInput): CreateTopicResponse {
  const name = required(input.Name, 'name');
  const attributes = { ...(input.Attributes ?? {}) };
  if (input.DataProtectionPolicy !== undefined) attributes.DataProtectionPolicy = input.DataProtectionPolicy;
  const fifo = attributes.FifoTopic?.toLowerCase() === 'true';
  if (fifo ? !FIFO_NAME_RE.test(name) : !NAME_RE.test(name)) {
    throw invalidParameter(fifo || name.endsWith('.fifo') ? FIFO_NAME_MESSAGE : 'Topic Name');
  }
  if (attributes.FifoTopic !== undefined) attributes.FifoTopic = attributes.FifoTopic.toLowerCase();
  for (const [k, v] of Object.entries(attributes)) checkTopicAttribute(k, v, fifo, true);
  const tags = checkTags(input.Tags ?? []);

  const arn = ctx.store.topicArn(ctx.region, name);
  const existing = ctx.store.topics.get(arn);
  if (existing) {
    for (const [k, v] of Object.entries(attributes)) {
      const same =
        k === 'FifoTopic'
          ? String(existing.fifo) === v
          : existing.attributes.get(k) === storedTopicAttribute(k, v);
      if (!same) {
        throw invalidParameter('Attributes Reason: Topic already exists with different attributes');
      }
    }
    for (const t of tags) {
      if (existing.tags.has(t.Key) && existing.tags.get(t.Key) !== t.Value) {
        throw invalidParameter('Tags Reason: Topic already exists with different tags');
      }
    }
    return { TopicArn: arn };
  }
  const topic: Topic = {
    arn,
    name,
    region: ctx.region,
    fifo,
    attributes: new Map(),
    tags: new Map(tags.map((t) => [t.Key, t.Value])),
    subscriptions: new Set(),
    deletedSubscriptions: 0,
    sequence: 10_000_000_000_000_000_000n,
    dedup: new Map(),
  };
  for (const [k, v] of Object.entries(attributes)) if (k !== 'FifoTopic') setTopicAttribute(topic, k, v);
  ctx.store.topics.set(arn, topic);
  return { TopicArn: arn };
}
