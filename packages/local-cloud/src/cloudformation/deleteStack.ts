// DeleteStack: succeeds for a missing stack too, as on AWS; resources go in the background.
import { requireName } from './input.js';
import type { Operation } from './shapes.js';

export const deleteStack: Operation = (engine, form, req) => {
  engine.deleteStack(req.region, requireName(form));
  return undefined;
};
