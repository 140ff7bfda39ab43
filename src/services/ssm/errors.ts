import { AwsError } from '../../common/aws-error.js';

export function parameterNotFound(name: string): AwsError {
  return new AwsError('ParameterNotFound', `Parameter ${name} not found.`);
}

export function versionNotFound(name: string, selector: string): AwsError {
  return new AwsError('ParameterVersionNotFound', `Systems Manager could not find version ${selector} of ${name}. Verify the version and try again.`);
}

export function validation(message: string): AwsError {
  return new AwsError('ValidationException', message);
}
