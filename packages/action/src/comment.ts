// One sticky pull-request comment per service holding its report, found again by a hidden first line
// that names the service and updated each run: in a matrix over services each job keeps its own comment.

/** The first line of the comments written before they were keyed; the next run adopts such a comment. */
export const LEGACY_MARKER = '<!-- destinations-action -->';

/** The hidden first line of the comment of `key` (a service's working directory, or `comment-key`). */
export function markerFor(key: string): string {
  // Inside an HTML comment, '--' would end it early.
  const safe = encodeURIComponent(key).replaceAll('%2F', '/').replaceAll('--', '-%2D');
  return `<!-- destinations-action: ${safe} -->`;
}

/** The slice of octokit's issues API the comment needs. */
export interface IssuesApi {
  rest: {
    issues: {
      listComments(args: {
        owner: string;
        repo: string;
        issue_number: number;
        per_page?: number;
      }): Promise<{ data: Array<{ id: number; body?: string | null }> }>;
      createComment(args: {
        owner: string;
        repo: string;
        issue_number: number;
        body: string;
      }): Promise<unknown>;
      updateComment(args: {
        owner: string;
        repo: string;
        comment_id: number;
        body: string;
      }): Promise<unknown>;
    };
  };
  // biome-ignore lint/suspicious/noExplicitAny: octokit's paginate is generic over every endpoint.
  paginate(fn: any, args: any): Promise<Array<{ id: number; body?: string | null }>>;
}

export interface PullRequest {
  owner: string;
  repo: string;
  number: number;
}

/**
 * Updates the comment of `key`, else one with the unkeyed marker of earlier versions, else creates one;
 * says which it did.
 */
export async function upsertComment(
  octokit: IssuesApi,
  pr: PullRequest,
  key: string,
  markdown: string,
): Promise<'created' | 'updated'> {
  const marker = markerFor(key);
  const body = `${marker}\n${markdown}`;
  const where = { owner: pr.owner, repo: pr.repo };
  const existing = await octokit.paginate(octokit.rest.issues.listComments, {
    ...where,
    issue_number: pr.number,
    per_page: 100,
  });
  const firstLine = (c: { body?: string | null }) => c.body?.split('\n', 1)[0];
  const ours =
    existing.find((c) => firstLine(c) === marker) ?? existing.find((c) => firstLine(c) === LEGACY_MARKER);
  if (ours) {
    await octokit.rest.issues.updateComment({ ...where, comment_id: ours.id, body });
    return 'updated';
  }
  await octokit.rest.issues.createComment({ ...where, issue_number: pr.number, body });
  return 'created';
}
