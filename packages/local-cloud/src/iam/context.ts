// What every IAM operation works with: the store of roles and policies.
import type { IamStore } from './store.js';

export interface IamContext {
  store: IamStore;
}
