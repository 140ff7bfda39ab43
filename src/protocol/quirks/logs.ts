import type { ServiceQuirks } from './index.js';

/**
 * CloudWatch Logs quirks.
 * - Its front end reports a model constraint it rejects ("1 validation error detected: …") as
 *   `InvalidParameterException`, the service's own error shape, not json's `ValidationException`.
 */
export const logsQuirks: ServiceQuirks = {
  validationErrorCode: 'InvalidParameterException',
};
