// A stand-in for @actions/github: a settable run context and an octokit that keeps PR comments in memory.
import { jest } from '@jest/globals';

export interface FakeComment {
  id: number;
  body: string;
}

export const context = {
  eventName: 'push',
  runId: 4242,
  repo: { owner: 'acme', repo: 'shop' },
  payload: {} as { pull_request?: { number: number } },
  issue: { owner: 'acme', repo: 'shop', number: 0 },
};

/** The comments on the pull request, as the fake API stores them. */
export const comments: FakeComment[] = [];
let nextId = 1;

export const octokit = {
  rest: {
    issues: {
      listComments: jest.fn(async () => ({ data: comments })),
      createComment: jest.fn(async ({ body }: { body: string }): Promise<unknown> => {
        const comment = { id: nextId++, body };
        comments.push(comment);
        return { data: comment };
      }),
      updateComment: jest.fn(
        async ({ comment_id, body }: { comment_id: number; body: string }): Promise<unknown> => {
          const comment = comments.find((c) => c.id === comment_id);
          if (comment) comment.body = body;
          return { data: comment };
        },
      ),
    },
  },
  paginate: jest.fn(async (fn: (args: unknown) => Promise<{ data: FakeComment[] }>, args: unknown) => {
    return (await fn(args)).data;
  }),
};

export const getOctokit = jest.fn((_token: string) => octokit);

/** Makes the context a push (no PR) or a pull request numbered `pr`. */
export function setEvent(eventName: string, pr?: number): void {
  context.eventName = eventName;
  context.payload = pr === undefined ? {} : { pull_request: { number: pr } };
  context.issue = { ...context.repo, number: pr ?? 0 };
}

export function resetGithub(): void {
  setEvent('push');
  comments.length = 0;
  nextId = 1;
}
