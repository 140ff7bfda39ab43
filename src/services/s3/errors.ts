import { AwsError } from '../../common/aws-error.js';

/** S3's errors, with the codes, statuses, messages and extra elements S3 itself answers with. */

export const noSuchBucket = (bucket: string) =>
  new AwsError('NoSuchBucket', 'The specified bucket does not exist', 404, { fields: { BucketName: bucket } });

export const noSuchKey = (key: string, headers?: Record<string, string>) =>
  new AwsError('NoSuchKey', 'The specified key does not exist.', 404, { fields: { Key: key }, headers });

export const accessDenied = () => new AwsError('AccessDenied', 'Access Denied', 403);

export const invalidBucketName = (bucket: string) =>
  new AwsError('InvalidBucketName', 'The specified bucket is not valid.', 400, { fields: { BucketName: bucket } });

export const bucketAlreadyOwnedByYou = (bucket: string) =>
  new AwsError('BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded and you already own it.', 409, {
    fields: { BucketName: bucket },
  });

export const bucketAlreadyExists = (bucket: string) =>
  new AwsError(
    'BucketAlreadyExists',
    'The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.',
    409,
    { fields: { BucketName: bucket } },
  );

export const bucketNotEmpty = (bucket: string) =>
  new AwsError('BucketNotEmpty', 'The bucket you tried to delete is not empty', 409, { fields: { BucketName: bucket } });

export const invalidLocationConstraint = (constraint: string) =>
  new AwsError('InvalidLocationConstraint', 'The specified location-constraint is not valid', 400, { fields: { LocationConstraint: constraint } });

export const illegalLocationConstraint = (constraint: string | undefined) =>
  new AwsError(
    'IllegalLocationConstraintException',
    `The ${constraint ?? 'unspecified'} location constraint is incompatible for the region specific endpoint this request was sent to.`,
    400,
  );

export const keyTooLong = (size: number) =>
  new AwsError('KeyTooLongError', 'Your key is too long', 400, { fields: { Size: size, MaxSizeAllowed: 1024 } });

export const invalidDigest = (contentMd5: string) =>
  new AwsError('InvalidDigest', 'The Content-MD5 you specified is not valid.', 400, { fields: { 'Content-MD5': contentMd5 } });

export const badDigest = (expected: string, calculated: string) =>
  new AwsError('BadDigest', 'The Content-MD5 you specified did not match what we received.', 400, {
    fields: { ExpectedDigest: expected, CalculatedDigest: calculated },
  });

export const invalidRange = (range: string, size: number) =>
  new AwsError('InvalidRange', 'The requested range is not satisfiable', 416, { fields: { RangeRequested: range, ActualObjectSize: size } });

export const preconditionFailed = (condition: string) =>
  new AwsError('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold', 412, { fields: { Condition: condition } });

export const notModified = () => new AwsError('NotModified', 'Not Modified', 304);

export const invalidArgument = (message: string, name: string, value: string | number) =>
  new AwsError('InvalidArgument', message, 400, { fields: { ArgumentName: name, ArgumentValue: value } });

export const invalidRequest = (message: string) => new AwsError('InvalidRequest', message, 400);

export const malformedXml = () =>
  new AwsError('MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema', 400);

export const noSuchVersion = (key: string, versionId: string) =>
  new AwsError('NoSuchVersion', 'The specified version does not exist.', 404, { fields: { Key: key, VersionId: versionId } });

export const invalidVersionId = (versionId: string) => invalidArgument('Invalid version id specified', 'versionId', versionId);

/** A delete marker answers GET and HEAD by version id with 405; its headers say what it is. */
export const methodNotAllowed = (method: string, headers: Record<string, string>) =>
  new AwsError('MethodNotAllowed', 'The specified method is not allowed against this resource.', 405, {
    fields: { Method: method, ResourceType: 'DeleteMarker' },
    headers,
  });

export const noSuchUpload = (uploadId: string) =>
  new AwsError('NoSuchUpload', 'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.', 404, {
    fields: { UploadId: uploadId },
  });

export const invalidPart = (uploadId: string, partNumber: number, etag: string | undefined) =>
  new AwsError(
    'InvalidPart',
    "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.",
    400,
    { fields: { UploadId: uploadId, PartNumber: partNumber, ETag: etag } },
  );

export const invalidPartOrder = (uploadId: string) =>
  new AwsError('InvalidPartOrder', 'The list of parts was not in ascending order. Parts must be ordered by part number.', 400, { fields: { UploadId: uploadId } });

export const entityTooSmall = (size: number, partNumber: number, etag: string) =>
  new AwsError('EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size', 400, {
    fields: { ProposedSize: size, MinSizeAllowed: 5242880, PartNumber: partNumber, ETag: etag },
  });

export const invalidPartNumber = () => new AwsError('InvalidPartNumber', 'The requested partnumber is not satisfiable', 416);

export const invalidTag = (message: string) => new AwsError('InvalidTag', message, 400);

export const invalidBucketState = (message: string) => new AwsError('InvalidBucketState', message, 409);

export const noSuchObjectLockConfiguration = () =>
  new AwsError('NoSuchObjectLockConfiguration', 'The specified object does not have a ObjectLock configuration', 404);
