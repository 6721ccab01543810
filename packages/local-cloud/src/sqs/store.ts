// Every queue of the local cloud, per region and account, and how requests name them (URL, bare name or ARN).
import { parseArn } from '../arn.js';
import { missingParameter } from './errors.js';
import type { Queue, QueueHost, QueueJournal } from './queue.js';

/** How many distinct queue URLs keep their parsed form; past that the cache starts over. */
const PARSED_URLS_KEPT = 1000;

/** What a QueueUrl names: a queue name, and the account when the URL gives one. */
interface Named {
  accountId?: string;
  name: string;
}

/**
 * The account and queue name in a QueueUrl's path; a bare name (no `/` or `:`) names a queue of the caller's
 * account, as AWS accepts. Anything else names no queue (AWS answers NonExistentQueue, 400).
 */
function parseQueueUrl(text: string): Named | null {
  if (!/[/:]/.test(text)) return { name: text };
  let path: string;
  try {
    path = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? new URL(text).pathname : text;
  } catch {
    return null;
  }
  const parts = path.split('/').filter((p) => p !== '');
  if (parts.length < 2) return null;
  const accountId = parts[parts.length - 2];
  if (!/^\d{12}$/.test(accountId)) return null;
  try {
    return { accountId, name: decodeURIComponent(parts[parts.length - 1]) };
  } catch {
    return null;
  }
}

export class SqsStore implements QueueHost {
  private readonly queues = new Map<string, Queue>();
  private readonly parsedUrls = new Map<string, Named | null>();

  constructor(
    readonly defaultAccountId: string,
    /** Where changes are written when state is kept on disk. */
    private readonly journal?: QueueJournal,
  ) {}

  private key(region: string, accountId: string, name: string): string {
    return `${region}\u0000${accountId}\u0000${name}`;
  }

  get(region: string, accountId: string, name: string): Queue | undefined {
    return this.queues.get(this.key(region, accountId, name));
  }

  /** Adds a queue; `restored` when it comes from the state directory (already written there). */
  add(queue: Queue, restored = false): void {
    this.queues.set(this.key(queue.region, queue.accountId, queue.name), queue);
    if (!this.journal) return;
    queue.journal = this.journal;
    if (!restored) this.journal.saveQueue(queue);
  }

  remove(queue: Queue): void {
    this.queues.delete(this.key(queue.region, queue.accountId, queue.name));
    this.journal?.dropQueue(queue);
    queue.journal = undefined;
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
   * The queue a QueueUrl names, if any. Any host is accepted (clients reuse URLs across endpoints): the queue
   * is found by the URL's account (else the caller's) and name, in the request's region.
   */
  find(url: unknown, region: string, callerAccountId: string): Queue | undefined {
    if (url === undefined || url === null || url === '') throw missingParameter('QueueUrl');
    const text = String(url);
    // Clients send the same few URLs again and again; parse each once.
    let named = this.parsedUrls.get(text);
    if (named === undefined) {
      named = parseQueueUrl(text);
      if (this.parsedUrls.size >= PARSED_URLS_KEPT) this.parsedUrls.clear();
      this.parsedUrls.set(text, named);
    }
    return named ? this.get(region, named.accountId ?? callerAccountId, named.name) : undefined;
  }

  /** Stops every queue; what is on disk stays for the next start. */
  close(): void {
    for (const q of this.queues.values()) {
      q.journal = undefined;
      q.close();
    }
    this.queues.clear();
  }
}
