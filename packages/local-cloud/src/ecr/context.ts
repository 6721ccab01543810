// What an ECR operation receives besides its input: the account whose registry is asked about.
export interface EcrContext {
  accountId: string;
}
