// s3: not served yet; every request gets AWS's answer for an unknown operation.
import type { LocalCloud, Service } from '../cloud.js';
import { writeJsonError } from '../protocol/awsJson.js';
import { AwsError } from '../protocol/errors.js';

export function createS3Service(_cloud: LocalCloud): Service {
  return {
    name: 's3',
    async handle(req, res) {
      const err = new AwsError(
        'NotImplemented',
        'The s3 service is not served by this local cloud yet.',
        501,
      );
      writeJsonError({}, req, res, err, 'application/json');
    },
  };
}
