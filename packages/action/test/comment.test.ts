// The sticky PR comment: created once, then updated in place, found by its hidden marker.
import { beforeEach, describe, expect, it } from '@jest/globals';
import * as github from '../__fixtures__/github.js';
import { MARKER, upsertComment } from '../src/comment.js';

const pr = { owner: 'acme', repo: 'shop', number: 7 };

describe('upsertComment', () => {
  beforeEach(() => github.resetGithub());

  it('creates the comment with the marker when none exists', async () => {
    github.comments.push({ id: 100, body: 'LGTM' });
    expect(await upsertComment(github.octokit, pr, '| table |')).toBe('created');
    expect(github.comments).toHaveLength(2);
    expect(github.comments[1].body).toBe(`${MARKER}\n| table |`);
  });

  it('updates its own comment on the next run instead of adding one', async () => {
    await upsertComment(github.octokit, pr, 'run 1');
    github.comments.push({ id: 200, body: 'a human comment' });
    expect(await upsertComment(github.octokit, pr, 'run 2')).toBe('updated');
    expect(github.comments.map((c) => c.body)).toEqual([`${MARKER}\nrun 2`, 'a human comment']);
  });
});
