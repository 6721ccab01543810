// GetRole.
import { toXml } from '../protocol/xml.js';
import { type IamOperation, roleXml } from './shapes.js';
import { required } from './validate.js';

export const getRole: IamOperation = (store, form) =>
  toXml({ Role: roleXml(store.role(required(form, 'RoleName'))) });
