// The SSM Parameter Store operations by name.
import type { Operations } from '../protocol/service.js';
import type { SsmContext } from './context.js';
import { deleteParameter } from './deleteParameter.js';
import { deleteParameters } from './deleteParameters.js';
import { describeParameters } from './describeParameters.js';
import { getParameter } from './getParameter.js';
import { getParameterHistory } from './getParameterHistory.js';
import { getParameters } from './getParameters.js';
import { getParametersByPath } from './getParametersByPath.js';
import { putParameter } from './putParameter.js';

export const OPERATIONS: Operations<SsmContext> = {
  PutParameter: putParameter,
  GetParameter: getParameter,
  GetParameters: getParameters,
  GetParametersByPath: getParametersByPath,
  GetParameterHistory: getParameterHistory,
  DeleteParameter: deleteParameter,
  DeleteParameters: deleteParameters,
  DescribeParameters: describeParameters,
};
