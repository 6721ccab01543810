// One sticky pull-request comment holding the report, found again by a hidden marker and updated each run.

export const MARKER = '<!-- destinations-action -->';

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

/** Updates the comment carrying the marker, or creates it; says which it did. */
export async function upsertComment(
  octokit: IssuesApi,
  pr: PullRequest,
  markdown: string,
): Promise<'created' | 'updated'> {
  const body = `${MARKER}\n${markdown}`;
  const where = { owner: pr.owner, repo: pr.repo };
  const existing = await octokit.paginate(octokit.rest.issues.listComments, {
    ...where,
    issue_number: pr.number,
    per_page: 100,
  });
  const ours = existing.find((c) => c.body?.includes(MARKER));
  if (ours) {
    await octokit.rest.issues.updateComment({ ...where, comment_id: ours.id, body });
    return 'updated';
  }
  await octokit.rest.issues.createComment({ ...where, issue_number: pr.number, body });
  return 'created';
}
