import { AwsError } from '../../common/aws-error.js';

/** CloudTrail's errors: the model's exception shape names as codes, CloudTrail's own messages. */

export function trailNotFound(arn: string, account: string): AwsError {
  return new AwsError('TrailNotFoundException', `Unknown trail: ${arn} for the user: ${account}`, 400);
}

export function trailAlreadyExists(name: string, account: string): AwsError {
  return new AwsError('TrailAlreadyExistsException', `Trail ${name} already exists for customer: ${account}`, 400);
}

export function invalidTrailName(message: string): AwsError {
  return new AwsError('InvalidTrailNameException', message, 400);
}

export function trailArnInvalid(arn: string): AwsError {
  return new AwsError('CloudTrailARNInvalidException', `Invalid trail ARN: ${arn}`, 400);
}

export function invalidHomeRegion(arn: string, region: string): AwsError {
  return new AwsError('InvalidHomeRegionException', `This operation must be called from the trail's home region. The trail ${arn} was not created in ${region}.`, 400);
}

export function invalidS3BucketName(name: string): AwsError {
  return new AwsError('InvalidS3BucketNameException', `Bucket name ${name} is not valid.`, 400);
}

export function invalidS3Prefix(): AwsError {
  return new AwsError('InvalidS3PrefixException', 'Invalid S3 prefix. The prefix must be no longer than 200 characters.', 400);
}

export function invalidEventSelectors(message: string): AwsError {
  return new AwsError('InvalidEventSelectorsException', message, 400);
}

export function invalidParameterCombination(message: string): AwsError {
  return new AwsError('InvalidParameterCombinationException', message, 400);
}

export function invalidLookupAttributes(message: string): AwsError {
  return new AwsError('InvalidLookupAttributesException', message, 400);
}

export function invalidTimeRange(): AwsError {
  return new AwsError('InvalidTimeRangeException', 'Start time must be before end time.', 400);
}

export function invalidMaxResults(): AwsError {
  return new AwsError('InvalidMaxResultsException', 'Value for MaxResults is invalid. Valid range: 1 to 50.', 400);
}

export function invalidNextToken(): AwsError {
  return new AwsError('InvalidNextTokenException', 'Invalid NextToken.', 400);
}

export function resourceNotFound(id: string): AwsError {
  return new AwsError('ResourceNotFoundException', `Resource ${id} not found.`, 400);
}

export function invalidTagParameter(message: string): AwsError {
  return new AwsError('InvalidTagParameterException', message, 400);
}
