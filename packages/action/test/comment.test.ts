// The sticky PR comments: one per service, created once, then updated in place, found by its hidden
// first line naming the service.
import { beforeEach, describe, expect, it } from '@jest/globals';
import * as github from '../__fixtures__/github.js';
import { LEGACY_MARKER, markerFor, upsertComment } from '../src/comment.js';

const pr = { owner: 'acme', repo: 'shop', number: 7 };

describe('upsertComment', () => {
  beforeEach(() => github.resetGithub());

  it('creates the comment with the marker of its service when none exists', async () => {
    github.comments.push({ id: 100, body: 'LGTM' });
    expect(await upsertComment(github.octokit, pr, 'apps/orders', '| table |')).toBe('created');
    expect(github.comments).toHaveLength(2);
    expect(github.comments[1].body).toBe('<!-- destinations-action: apps/orders -->\n| table |');
  });

  it('updates its own comment on the next run instead of adding one', async () => {
    await upsertComment(github.octokit, pr, 'apps/orders', 'run 1');
    github.comments.push({ id: 200, body: 'a human comment' });
    expect(await upsertComment(github.octokit, pr, 'apps/orders', 'run 2')).toBe('updated');
    expect(github.comments.map((c) => c.body)).toEqual([
      `${markerFor('apps/orders')}\nrun 2`,
      'a human comment',
    ]);
  });

  it('keeps one comment per service: the jobs of a matrix do not replace each other', async () => {
    await upsertComment(github.octokit, pr, 'apps/orders', 'orders 1');
    await upsertComment(github.octokit, pr, 'apps/billing', 'billing 1');
    // A key that another begins with is another service.
    await upsertComment(github.octokit, pr, 'apps/order', 'order 1');
    await upsertComment(github.octokit, pr, 'apps/orders', 'orders 2');
    expect(github.comments.map((c) => c.body.split('\n')[1])).toEqual(['orders 2', 'billing 1', 'order 1']);
  });

  it('takes over the unkeyed comment of an earlier version rather than leaving it stale', async () => {
    github.comments.push({ id: 300, body: `${LEGACY_MARKER}\nold report` });
    expect(await upsertComment(github.octokit, pr, 'apps/orders', 'new report')).toBe('updated');
    expect(github.comments).toEqual([{ id: 300, body: `${markerFor('apps/orders')}\nnew report` }]);
    // The next service gets a comment of its own.
    expect(await upsertComment(github.octokit, pr, 'apps/billing', 'billing')).toBe('created');
  });

  it('writes a marker that stays one HTML comment whatever the key holds', () => {
    for (const key of ['apps/a--b', 'x-->y', 'dir with space', 'a---b']) {
      const inner = markerFor(key).slice('<!--'.length, -'-->'.length);
      expect({ key, inner }).toEqual({ key, inner: expect.not.stringMatching(/--|>/) });
    }
    expect(markerFor('apps/a--b')).not.toBe(markerFor('apps/a-b'));
  });
});
