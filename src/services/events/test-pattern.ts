import type { TestEventPatternRequest, TestEventPatternResponse } from './api.generated.js';
import { validation } from './errors.js';
import type { Router } from './router.js';
import { checkPattern } from './rules.js';

const REQUIRED_EVENT_FIELDS = ['id', 'account', 'source', 'time', 'region', 'detail-type'];

/** TestEventPattern: the pattern is checked as PutRule checks it; the event must look like an event. */
export function testEventPattern(router: Router, input: TestEventPatternRequest): TestEventPatternResponse {
  checkPattern(input.EventPattern);
  let event: unknown;
  try {
    event = JSON.parse(input.Event);
  } catch {
    throw validation('Parameter Event is not valid.');
  }
  if (typeof event !== 'object' || event === null || Array.isArray(event)) throw validation('Parameter Event is not valid.');
  for (const field of REQUIRED_EVENT_FIELDS) {
    if (!(field in event)) throw validation(`Parameter Event is not valid. Reason: Provided Event is missing required field ${field}.`);
  }
  return { Result: router.matches(input.EventPattern, event) };
}
