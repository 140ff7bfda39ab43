import { AwsError } from '../../common/aws-error.js';

/** The errors of bucket subresources, with the codes, statuses and messages S3 answers with. */

const missing = (code: string, message: string) => (bucket: string) => new AwsError(code, message, 404, { fields: { BucketName: bucket } });

export const noSuchTagSet = missing('NoSuchTagSet', 'The TagSet does not exist');
export const noSuchCorsConfiguration = missing('NoSuchCORSConfiguration', 'The CORS configuration does not exist');
export const noSuchBucketPolicy = missing('NoSuchBucketPolicy', 'The bucket policy does not exist');
export const noSuchLifecycleConfiguration = missing('NoSuchLifecycleConfiguration', 'The lifecycle configuration does not exist');
export const noSuchWebsiteConfiguration = missing('NoSuchWebsiteConfiguration', 'The specified bucket does not have a website configuration');
export const encryptionNotFound = missing('ServerSideEncryptionConfigurationNotFoundError', 'The server side encryption configuration was not found');
export const ownershipControlsNotFound = missing('OwnershipControlsNotFoundError', 'The bucket ownership controls were not found');
export const noSuchPublicAccessBlock = missing('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found');
export const objectLockConfigurationNotFound = missing('ObjectLockConfigurationNotFoundError', 'Object Lock configuration does not exist for this bucket');

export const invalidRequest = (message: string) => new AwsError('InvalidRequest', message, 400);

export const invalidArgument = (message: string, name?: string, value?: string) =>
  new AwsError('InvalidArgument', message, 400, { fields: { ArgumentName: name, ArgumentValue: value } });

export const invalidTag = (message: string) => new AwsError('InvalidTag', message, 400);

export const malformedXml = () =>
  new AwsError('MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema', 400);

export const malformedPolicy = (message: string) => new AwsError('MalformedPolicy', message, 400);

export const malformedAcl = () =>
  new AwsError('MalformedACLError', 'The XML you provided was not well-formed or did not validate against our published schema', 400);

export const aclNotSupported = () => new AwsError('AccessControlListNotSupported', 'The bucket does not allow ACLs', 400);

export const missingSecurityHeader = () =>
  new AwsError('MissingSecurityHeader', 'Your request was missing a required header', 400, { fields: { MissingHeaderName: 'x-amz-acl' } });

export const unresolvableGrantByEmail = (email: string) =>
  new AwsError('UnresolvableGrantByEmailAddress', 'The e-mail address you provided does not match any account on record.', 400, { fields: { EmailAddressProvided: email } });
