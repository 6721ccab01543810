// What every STS operation works with: the account the local cloud stands for.
export interface StsContext {
  accountId: string;
}
