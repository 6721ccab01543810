// events: not served yet; every request gets AWS's answer for an unknown operation.
import type { LocalCloud, Service } from '../cloud.js';
import { writeJsonError } from '../protocol/awsJson.js';
import { AwsError } from '../protocol/errors.js';

export function createEventsService(_cloud: LocalCloud): Service {
  return {
    name: 'events',
    async handle(req, res) {
      const err = new AwsError(
        'NotImplemented',
        'The events service is not served by this local cloud yet.',
        501,
      );
      writeJsonError({}, req, res, err, 'application/json');
    },
  };
}
