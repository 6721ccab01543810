// Every queue of the local cloud, per region and account, and how requests name them (URL or ARN).
import { parseArn } from '../arn.js';
import { invalidAddress, missingParameter, queueDoesNotExist } from './errors.js';
import type { Queue, QueueHost } from './queue.js';

/** How many distinct queue URLs keep their parsed form; past that the cache starts over. */
const PARSED_URLS_KEPT = 1000;

/** The account and queue name in a QueueUrl's path, or `InvalidAddress`. */
function parseQueueUrl(text: string): { accountId: string; name: string } {
  let path: string;
  try {
    path = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? new URL(text).pathname : text;
  } catch {
    throw invalidAddress(text);
  }
  const parts = path.split('/').filter((p) => p !== '');
  if (parts.length < 2) throw invalidAddress(text);
  let name: string;
  try {
    name = decodeURIComponent(parts[parts.length - 1]);
  } catch {
    throw invalidAddress(text);
  }
  const accountId = parts[parts.length - 2];
  if (!/^\d{12}$/.test(accountId)) throw invalidAddress(text);
  return { accountId, name };
}

export class SqsStore implements QueueHost {
  private readonly queues = new Map<string, Queue>();
  private readonly parsedUrls = new Map<string, { accountId: string; name: string }>();

  constructor(readonly defaultAccountId: string) {}

  private key(region: string, accountId: string, name: string): string {
    return `${region}\u0000${accountId}\u0000${name}`;
  }

  get(region: string, accountId: string, name: string): Queue | undefined {
    return this.queues.get(this.key(region, accountId, name));
  }

  add(queue: Queue): void {
    this.queues.set(this.key(queue.region, queue.accountId, queue.name), queue);
  }

  remove(queue: Queue): void {
    this.queues.delete(this.key(queue.region, queue.accountId, queue.name));
    queue.close();
  }

  byArn(arn: string): Queue | undefined {
    const a = parseArn(arn);
    if (a?.service !== 'sqs' || a.subresource !== undefined) return undefined;
    return this.get(a.region, a.account, a.resourceName);
  }

  /** Queues of one region and account, in the order they were created. */
  list(region: string, accountId: string): Queue[] {
    const out: Queue[] = [];
    for (const q of this.queues.values()) if (q.region === region && q.accountId === accountId) out.push(q);
    return out;
  }

  /**
   * The queue a QueueUrl names. Any host is accepted (clients reuse URLs across endpoints): the queue is
   * found by the URL's account and name, in the request's region.
   */
  fromUrl(url: unknown, region: string): Queue {
    if (url === undefined || url === null || url === '') throw missingParameter('QueueUrl');
    const text = String(url);
    // Clients send the same few URLs again and again; parse each once.
    let named = this.parsedUrls.get(text);
    if (!named) {
      named = parseQueueUrl(text);
      if (this.parsedUrls.size >= PARSED_URLS_KEPT) this.parsedUrls.clear();
      this.parsedUrls.set(text, named);
    }
    const queue = this.get(region, named.accountId, named.name);
    if (!queue) throw queueDoesNotExist();
    return queue;
  }

  close(): void {
    for (const q of this.queues.values()) q.close();
    this.queues.clear();
  }
}
