// ListExports: every export of the region with the stack that owns it.
import { toXml } from '../protocol/xml.js';
import { members, type Operation } from './shapes.js';

export const listExports: Operation = (engine, _form, req) =>
  toXml({
    Exports: members(engine.exportsOf(req.region), (e) => ({
      ExportingStackId: e.stackId,
      Name: e.name,
      Value: e.value,
    })),
  });
