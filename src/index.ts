export { startNimbus, type Nimbus, type NimbusOptions } from './server.js';
export { AwsError } from './common/aws-error.js';
