// TestEventPattern: whether an event (a full envelope, as AWS requires) matches a pattern.
import type { TestEventPatternRequest, TestEventPatternResponse } from '@aws-sdk/client-eventbridge';
import type { EventsContext } from './context.js';
import { validationError } from './errors.js';
import { type Json, matchesPattern } from './pattern.js';
import { checkEventPattern, required } from './validate.js';

const REQUIRED_FIELDS = ['id', 'account', 'source', 'time', 'region', 'detail-type'];

export function testEventPattern(
  _ctx: EventsContext,
  input: TestEventPatternRequest,
): TestEventPatternResponse {
  const pattern = checkEventPattern(input.EventPattern);
  const text = required(input.Event, 'event');
  let event: Json;
  try {
    event = JSON.parse(text);
  } catch {
    throw validationError('Parameter Event is not valid.');
  }
  if (event === null || typeof event !== 'object' || Array.isArray(event)) {
    throw validationError('Parameter Event is not valid.');
  }
  for (const field of REQUIRED_FIELDS) {
    if (!(field in event))
      throw validationError(`Parameter Event is not valid. Reason: ${field} is missing.`);
  }
  return { Result: matchesPattern(pattern, event) };
}
