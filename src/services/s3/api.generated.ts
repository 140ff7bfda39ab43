// Generated from models/s3.json by scripts/generate-api.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { CallContext } from '../../common/call-context.js';

export type RequestPayer = "requester";

export interface AbortMultipartUploadRequest {
  "Bucket": string;
  "Key": string;
  "UploadId": string;
  "RequestPayer"?: RequestPayer;
  "ExpectedBucketOwner"?: string;
  "IfMatchInitiatedTime"?: Date;
}

export type RequestCharged = "requester";

export interface AbortMultipartUploadOutput {
  "RequestCharged"?: RequestCharged;
}

export interface CompletedPart {
  "ETag"?: string;
  "ChecksumCRC32"?: string;
  "ChecksumCRC32C"?: string;
  "ChecksumCRC64NVME"?: string;
  "ChecksumSHA1"?: string;
  "ChecksumSHA256"?: string;
  "ChecksumSHA512"?: string;
  "ChecksumMD5"?: string;
  "ChecksumXXHASH64"?: string;
  "ChecksumXXHASH3"?: string;
  "ChecksumXXHASH128"?: string;
  "PartNumber"?: number;
}

export interface CompletedMultipartUpload {
  "Parts"?: Array<CompletedPart>;
}

export type ChecksumType = "COMPOSITE" | "FULL_OBJECT";

export interface CompleteMultipartUploadRequest {
  "Bucket": string;
  "Key": string;
  "MultipartUpload"?: CompletedMultipartUpload;
  "UploadId": string;
  "ChecksumCRC32"?: string;
  "ChecksumCRC32C"?: string;
  "ChecksumCRC64NVME"?: string;
  "ChecksumSHA1"?: string;
  "ChecksumSHA256"?: string;
  "ChecksumSHA512"?: string;
  "ChecksumMD5"?: string;
  "ChecksumXXHASH64"?: string;
  "ChecksumXXHASH3"?: string;
  "ChecksumXXHASH128"?: string;
  "ChecksumType"?: ChecksumType;
  "MpuObjectSize"?: number;
  "RequestPayer"?: RequestPayer;
  "ExpectedBucketOwner"?: string;
  "IfMatch"?: string;
  "IfNoneMatch"?: string;
  "SSECustomerAlgorithm"?: string;
  "SSECustomerKey"?: string;
  "SSECustomerKeyMD5"?: string;
}

export type ServerSideEncryption = "AES256" | "aws:fsx" | "aws:kms" | "aws:kms:dsse";

export interface CompleteMultipartUploadOutput {
  "Location"?: string;
  "Bucket"?: string;
  "Key"?: string;
  "Expiration"?: string;
  "ETag"?: string;
  "ChecksumCRC32"?: string;
  "ChecksumCRC32C"?: string;
  "ChecksumCRC64NVME"?: string;
  "ChecksumSHA1"?: string;
  "ChecksumSHA256"?: string;
  "ChecksumSHA512"?: string;
  "ChecksumMD5"?: string;
  "ChecksumXXHASH64"?: string;
  "ChecksumXXHASH3"?: string;
  "ChecksumXXHASH128"?: string;
  "ChecksumType"?: ChecksumType;
  "ServerSideEncryption"?: ServerSideEncryption;
  "VersionId"?: string;
  "SSEKMSKeyId"?: string;
  "BucketKeyEnabled"?: boolean;
  "RequestCharged"?: RequestCharged;
}

export type ObjectCannedACL = "private" | "public-read" | "public-read-write" | "authenticated-read" | "aws-exec-read" | "bucket-owner-read" | "bucket-owner-full-control";

export type ChecksumAlgorithm = "CRC32" | "CRC32C" | "SHA1" | "SHA256" | "CRC64NVME" | "SHA512" | "MD5" | "XXHASH64" | "XXHASH3" | "XXHASH128";

export type MetadataDirective = "COPY" | "REPLACE";

export type TaggingDirective = "COPY" | "REPLACE";

export type StorageClass = "STANDARD" | "REDUCED_REDUNDANCY" | "STANDARD_IA" | "ONEZONE_IA" | "INTELLIGENT_TIERING" | "GLACIER" | "DEEP_ARCHIVE" | "OUTPOSTS" | "GLACIER_IR" | "SNOW" | "EXPRESS_ONEZONE" | "FSX_OPENZFS" | "FSX_ONTAP";

export type ObjectLockMode = "GOVERNANCE" | "COMPLIANCE";

export type ObjectLockLegalHoldStatus = "ON" | "OFF";

export interface CopyObjectRequest {
  "ACL"?: ObjectCannedACL;
  "Bucket": string;
  "CacheControl"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "ContentDisposition"?: string;
  "ContentEncoding"?: string;
  "ContentLanguage"?: string;
  "ContentType"?: string;
  "CopySource": string;
  "CopySourceIfMatch"?: string;
  "CopySourceIfModifiedSince"?: Date;
  "CopySourceIfNoneMatch"?: string;
  "CopySourceIfUnmodifiedSince"?: Date;
  "Expires"?: string;
  "GrantFullControl"?: string;
  "GrantRead"?: string;
  "GrantReadACP"?: string;
  "GrantWriteACP"?: string;
  "IfMatch"?: string;
  "IfNoneMatch"?: string;
  "Key": string;
  "Metadata"?: Record<string, string>;
  "MetadataDirective"?: MetadataDirective;
  "TaggingDirective"?: TaggingDirective;
  "ServerSideEncryption"?: ServerSideEncryption;
  "StorageClass"?: StorageClass;
  "WebsiteRedirectLocation"?: string;
  "SSECustomerAlgorithm"?: string;
  "SSECustomerKey"?: string;
  "SSECustomerKeyMD5"?: string;
  "SSEKMSKeyId"?: string;
  "SSEKMSEncryptionContext"?: string;
  "BucketKeyEnabled"?: boolean;
  "CopySourceSSECustomerAlgorithm"?: string;
  "CopySourceSSECustomerKey"?: string;
  "CopySourceSSECustomerKeyMD5"?: string;
  "RequestPayer"?: RequestPayer;
  "Tagging"?: string;
  "ObjectLockMode"?: ObjectLockMode;
  "ObjectLockRetainUntilDate"?: Date;
  "ObjectLockLegalHoldStatus"?: ObjectLockLegalHoldStatus;
  "ExpectedBucketOwner"?: string;
  "ExpectedSourceBucketOwner"?: string;
}

export interface CopyObjectResult {
  "ETag"?: string;
  "LastModified"?: Date;
  "ChecksumType"?: ChecksumType;
  "ChecksumCRC32"?: string;
  "ChecksumCRC32C"?: string;
  "ChecksumCRC64NVME"?: string;
  "ChecksumSHA1"?: string;
  "ChecksumSHA256"?: string;
  "ChecksumSHA512"?: string;
  "ChecksumMD5"?: string;
  "ChecksumXXHASH64"?: string;
  "ChecksumXXHASH3"?: string;
  "ChecksumXXHASH128"?: string;
}

export interface CopyObjectOutput {
  "CopyObjectResult"?: CopyObjectResult;
  "Expiration"?: string;
  "CopySourceVersionId"?: string;
  "VersionId"?: string;
  "ServerSideEncryption"?: ServerSideEncryption;
  "SSECustomerAlgorithm"?: string;
  "SSECustomerKeyMD5"?: string;
  "SSEKMSKeyId"?: string;
  "SSEKMSEncryptionContext"?: string;
  "BucketKeyEnabled"?: boolean;
  "RequestCharged"?: RequestCharged;
}

export type BucketCannedACL = "private" | "public-read" | "public-read-write" | "authenticated-read";

export type BucketLocationConstraint = "af-south-1" | "ap-east-1" | "ap-east-2" | "ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-south-2" | "ap-southeast-1" | "ap-southeast-2" | "ap-southeast-3" | "ap-southeast-4" | "ap-southeast-5" | "ap-southeast-6" | "ap-southeast-7" | "ca-central-1" | "ca-west-1" | "cn-north-1" | "cn-northwest-1" | "EU" | "eu-central-1" | "eu-central-2" | "eu-north-1" | "eu-south-1" | "eu-south-2" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "il-central-1" | "me-central-1" | "me-south-1" | "mx-central-1" | "sa-east-1" | "us-east-2" | "us-gov-east-1" | "us-gov-west-1" | "us-west-1" | "us-west-2";

export type LocationType = "AvailabilityZone" | "LocalZone";

export interface LocationInfo {
  "Type"?: LocationType;
  "Name"?: string;
}

export type DataRedundancy = "SingleAvailabilityZone" | "SingleLocalZone";

export type BucketType = "Directory";

export interface BucketInfo {
  "DataRedundancy"?: DataRedundancy;
  "Type"?: BucketType;
}

export interface Tag {
  "Key": string;
  "Value": string;
}

export interface CreateBucketConfiguration {
  "LocationConstraint"?: BucketLocationConstraint;
  "Location"?: LocationInfo;
  "Bucket"?: BucketInfo;
  "Tags"?: Array<Tag>;
}

export type ObjectOwnership = "BucketOwnerPreferred" | "ObjectWriter" | "BucketOwnerEnforced";

export type BucketNamespace = "account-regional" | "global";

export interface CreateBucketRequest {
  "ACL"?: BucketCannedACL;
  "Bucket": string;
  "CreateBucketConfiguration"?: CreateBucketConfiguration;
  "GrantFullControl"?: string;
  "GrantRead"?: string;
  "GrantReadACP"?: string;
  "GrantWrite"?: string;
  "GrantWriteACP"?: string;
  "ObjectLockEnabledForBucket"?: boolean;
  "ObjectOwnership"?: ObjectOwnership;
  "BucketNamespace"?: BucketNamespace;
}

export interface CreateBucketOutput {
  "Location"?: string;
  "BucketArn"?: string;
}

export type ExpirationState = "ENABLED" | "DISABLED";

export interface RecordExpiration {
  "Expiration": ExpirationState;
  "Days"?: number;
}

export type TableSseAlgorithm = "aws:kms" | "AES256";

export interface MetadataTableEncryptionConfiguration {
  "SseAlgorithm": TableSseAlgorithm;
  "KmsKeyArn"?: string;
}

export interface JournalTableConfiguration {
  "RecordExpiration": RecordExpiration;
  "EncryptionConfiguration"?: MetadataTableEncryptionConfiguration;
}

export type InventoryConfigurationState = "ENABLED" | "DISABLED";

export interface InventoryTableConfiguration {
  "ConfigurationState": InventoryConfigurationState;
  "EncryptionConfiguration"?: MetadataTableEncryptionConfiguration;
}

export interface MetadataConfiguration {
  "JournalTableConfiguration": JournalTableConfiguration;
  "InventoryTableConfiguration"?: InventoryTableConfiguration;
}

export interface CreateBucketMetadataConfigurationRequest {
  "Bucket": string;
  "ContentMD5"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "MetadataConfiguration": MetadataConfiguration;
  "ExpectedBucketOwner"?: string;
}

export interface S3TablesDestination {
  "TableBucketArn": string;
  "TableName": string;
}

export interface MetadataTableConfiguration {
  "S3TablesDestination": S3TablesDestination;
}

export interface CreateBucketMetadataTableConfigurationRequest {
  "Bucket": string;
  "ContentMD5"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "MetadataTableConfiguration": MetadataTableConfiguration;
  "ExpectedBucketOwner"?: string;
}

export interface CreateMultipartUploadRequest {
  "ACL"?: ObjectCannedACL;
  "Bucket": string;
  "CacheControl"?: string;
  "ContentDisposition"?: string;
  "ContentEncoding"?: string;
  "ContentLanguage"?: string;
  "ContentType"?: string;
  "Expires"?: string;
  "GrantFullControl"?: string;
  "GrantRead"?: string;
  "GrantReadACP"?: string;
  "GrantWriteACP"?: string;
  "Key": string;
  "Metadata"?: Record<string, string>;
  "ServerSideEncryption"?: ServerSideEncryption;
  "StorageClass"?: StorageClass;
  "WebsiteRedirectLocation"?: string;
  "SSECustomerAlgorithm"?: string;
  "SSECustomerKey"?: string;
  "SSECustomerKeyMD5"?: string;
  "SSEKMSKeyId"?: string;
  "SSEKMSEncryptionContext"?: string;
  "BucketKeyEnabled"?: boolean;
  "RequestPayer"?: RequestPayer;
  "Tagging"?: string;
  "ObjectLockMode"?: ObjectLockMode;
  "ObjectLockRetainUntilDate"?: Date;
  "ObjectLockLegalHoldStatus"?: ObjectLockLegalHoldStatus;
  "ExpectedBucketOwner"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "ChecksumType"?: ChecksumType;
}

export interface CreateMultipartUploadOutput {
  "AbortDate"?: Date;
  "AbortRuleId"?: string;
  "Bucket"?: string;
  "Key"?: string;
  "UploadId"?: string;
  "ServerSideEncryption"?: ServerSideEncryption;
  "SSECustomerAlgorithm"?: string;
  "SSECustomerKeyMD5"?: string;
  "SSEKMSKeyId"?: string;
  "SSEKMSEncryptionContext"?: string;
  "BucketKeyEnabled"?: boolean;
  "RequestCharged"?: RequestCharged;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "ChecksumType"?: ChecksumType;
}

export type SessionMode = "ReadOnly" | "ReadWrite";

export interface CreateSessionRequest {
  "SessionMode"?: SessionMode;
  "Bucket": string;
  "ServerSideEncryption"?: ServerSideEncryption;
  "SSEKMSKeyId"?: string;
  "SSEKMSEncryptionContext"?: string;
  "BucketKeyEnabled"?: boolean;
}

export interface SessionCredentials {
  "AccessKeyId": string;
  "SecretAccessKey": string;
  "SessionToken": string;
  "Expiration": Date;
}

export interface CreateSessionOutput {
  "ServerSideEncryption"?: ServerSideEncryption;
  "SSEKMSKeyId"?: string;
  "SSEKMSEncryptionContext"?: string;
  "BucketKeyEnabled"?: boolean;
  "Credentials": SessionCredentials;
}

export interface DeleteBucketRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface DeleteBucketAnalyticsConfigurationRequest {
  "Bucket": string;
  "Id": string;
  "ExpectedBucketOwner"?: string;
}

export interface DeleteBucketCorsRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface DeleteBucketEncryptionRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface DeleteBucketIntelligentTieringConfigurationRequest {
  "Bucket": string;
  "Id": string;
  "ExpectedBucketOwner"?: string;
}

export interface DeleteBucketInventoryConfigurationRequest {
  "Bucket": string;
  "Id": string;
  "ExpectedBucketOwner"?: string;
}

export interface DeleteBucketLifecycleRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface DeleteBucketMetadataConfigurationRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface DeleteBucketMetadataTableConfigurationRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface DeleteBucketMetricsConfigurationRequest {
  "Bucket": string;
  "Id": string;
  "ExpectedBucketOwner"?: string;
}

export interface DeleteBucketOwnershipControlsRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface DeleteBucketPolicyRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface DeleteBucketReplicationRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface DeleteBucketTaggingRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface DeleteBucketWebsiteRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface DeleteObjectRequest {
  "Bucket": string;
  "Key": string;
  "MFA"?: string;
  "VersionId"?: string;
  "RequestPayer"?: RequestPayer;
  "BypassGovernanceRetention"?: boolean;
  "ExpectedBucketOwner"?: string;
  "IfMatch"?: string;
  "IfMatchLastModifiedTime"?: Date;
  "IfMatchSize"?: number;
}

export interface DeleteObjectOutput {
  "DeleteMarker"?: boolean;
  "VersionId"?: string;
  "RequestCharged"?: RequestCharged;
}

export interface DeleteObjectTaggingRequest {
  "Bucket": string;
  "Key": string;
  "VersionId"?: string;
  "ExpectedBucketOwner"?: string;
}

export interface DeleteObjectTaggingOutput {
  "VersionId"?: string;
}

export interface ObjectIdentifier {
  "Key": string;
  "VersionId"?: string;
  "ETag"?: string;
  "LastModifiedTime"?: Date;
  "Size"?: number;
}

export interface Delete {
  "Objects": Array<ObjectIdentifier>;
  "Quiet"?: boolean;
}

export interface DeleteObjectsRequest {
  "Bucket": string;
  "Delete": Delete;
  "MFA"?: string;
  "RequestPayer"?: RequestPayer;
  "BypassGovernanceRetention"?: boolean;
  "ExpectedBucketOwner"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
}

export interface DeletedObject {
  "Key"?: string;
  "VersionId"?: string;
  "DeleteMarker"?: boolean;
  "DeleteMarkerVersionId"?: string;
}

export interface ErrorShape {
  "Key"?: string;
  "VersionId"?: string;
  "Code"?: string;
  "Message"?: string;
}

export interface DeleteObjectsOutput {
  "Deleted"?: Array<DeletedObject>;
  "RequestCharged"?: RequestCharged;
  "Errors"?: Array<ErrorShape>;
}

export interface DeletePublicAccessBlockRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface GetBucketAbacRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export type BucketAbacStatus = "Enabled" | "Disabled";

export interface AbacStatus {
  "Status"?: BucketAbacStatus;
}

export interface GetBucketAbacOutput {
  "AbacStatus"?: AbacStatus;
}

export interface GetBucketAccelerateConfigurationRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
  "RequestPayer"?: RequestPayer;
}

export type BucketAccelerateStatus = "Enabled" | "Suspended";

export interface GetBucketAccelerateConfigurationOutput {
  "Status"?: BucketAccelerateStatus;
  "RequestCharged"?: RequestCharged;
}

export interface GetBucketAclRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface Owner {
  "DisplayName"?: string;
  "ID"?: string;
}

export type Type = "CanonicalUser" | "AmazonCustomerByEmail" | "Group";

export interface Grantee {
  "DisplayName"?: string;
  "EmailAddress"?: string;
  "ID"?: string;
  "Type": Type;
  "URI"?: string;
}

export type Permission = "FULL_CONTROL" | "WRITE" | "WRITE_ACP" | "READ" | "READ_ACP";

export interface Grant {
  "Grantee"?: Grantee;
  "Permission"?: Permission;
}

export interface GetBucketAclOutput {
  "Owner"?: Owner;
  "Grants"?: Array<Grant>;
}

export interface GetBucketAnalyticsConfigurationRequest {
  "Bucket": string;
  "Id": string;
  "ExpectedBucketOwner"?: string;
}

export interface AnalyticsAndOperator {
  "Prefix"?: string;
  "Tags"?: Array<Tag>;
}

export interface AnalyticsFilter {
  "Prefix"?: string;
  "Tag"?: Tag;
  "And"?: AnalyticsAndOperator;
}

export type StorageClassAnalysisSchemaVersion = "V_1";

export type AnalyticsS3ExportFileFormat = "CSV";

export interface AnalyticsS3BucketDestination {
  "Format": AnalyticsS3ExportFileFormat;
  "BucketAccountId"?: string;
  "Bucket": string;
  "Prefix"?: string;
}

export interface AnalyticsExportDestination {
  "S3BucketDestination": AnalyticsS3BucketDestination;
}

export interface StorageClassAnalysisDataExport {
  "OutputSchemaVersion": StorageClassAnalysisSchemaVersion;
  "Destination": AnalyticsExportDestination;
}

export interface StorageClassAnalysis {
  "DataExport"?: StorageClassAnalysisDataExport;
}

export interface AnalyticsConfiguration {
  "Id": string;
  "Filter"?: AnalyticsFilter;
  "StorageClassAnalysis": StorageClassAnalysis;
}

export interface GetBucketAnalyticsConfigurationOutput {
  "AnalyticsConfiguration"?: AnalyticsConfiguration;
}

export interface GetBucketCorsRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface CORSRule {
  "ID"?: string;
  "AllowedHeaders"?: Array<string>;
  "AllowedMethods": Array<string>;
  "AllowedOrigins": Array<string>;
  "ExposeHeaders"?: Array<string>;
  "MaxAgeSeconds"?: number;
}

export interface GetBucketCorsOutput {
  "CORSRules"?: Array<CORSRule>;
}

export interface GetBucketEncryptionRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface ServerSideEncryptionByDefault {
  "SSEAlgorithm": ServerSideEncryption;
  "KMSMasterKeyID"?: string;
}

export type EncryptionType = "NONE" | "SSE-C";

export interface BlockedEncryptionTypes {
  "EncryptionType"?: Array<EncryptionType>;
}

export interface ServerSideEncryptionRule {
  "ApplyServerSideEncryptionByDefault"?: ServerSideEncryptionByDefault;
  "BucketKeyEnabled"?: boolean;
  "BlockedEncryptionTypes"?: BlockedEncryptionTypes;
}

export interface ServerSideEncryptionConfiguration {
  "Rules": Array<ServerSideEncryptionRule>;
}

export interface GetBucketEncryptionOutput {
  "ServerSideEncryptionConfiguration"?: ServerSideEncryptionConfiguration;
}

export interface GetBucketIntelligentTieringConfigurationRequest {
  "Bucket": string;
  "Id": string;
  "ExpectedBucketOwner"?: string;
}

export interface IntelligentTieringAndOperator {
  "Prefix"?: string;
  "Tags"?: Array<Tag>;
}

export interface IntelligentTieringFilter {
  "Prefix"?: string;
  "Tag"?: Tag;
  "And"?: IntelligentTieringAndOperator;
}

export type IntelligentTieringStatus = "Enabled" | "Disabled";

export type IntelligentTieringAccessTier = "ARCHIVE_ACCESS" | "DEEP_ARCHIVE_ACCESS";

export interface Tiering {
  "Days": number;
  "AccessTier": IntelligentTieringAccessTier;
}

export interface IntelligentTieringConfiguration {
  "Id": string;
  "Filter"?: IntelligentTieringFilter;
  "Status": IntelligentTieringStatus;
  "Tierings": Array<Tiering>;
}

export interface GetBucketIntelligentTieringConfigurationOutput {
  "IntelligentTieringConfiguration"?: IntelligentTieringConfiguration;
}

export interface GetBucketInventoryConfigurationRequest {
  "Bucket": string;
  "Id": string;
  "ExpectedBucketOwner"?: string;
}

export type InventoryFormat = "CSV" | "ORC" | "Parquet";

export interface SSES3 {

}

export interface SSEKMS {
  "KeyId": string;
}

export interface InventoryEncryption {
  "SSES3"?: SSES3;
  "SSEKMS"?: SSEKMS;
}

export interface InventoryS3BucketDestination {
  "AccountId"?: string;
  "Bucket": string;
  "Format": InventoryFormat;
  "Prefix"?: string;
  "Encryption"?: InventoryEncryption;
}

export interface InventoryDestination {
  "S3BucketDestination": InventoryS3BucketDestination;
}

export interface InventoryFilter {
  "Prefix": string;
}

export type InventoryIncludedObjectVersions = "All" | "Current";

export type InventoryOptionalField = "Size" | "LastModifiedDate" | "StorageClass" | "ETag" | "IsMultipartUploaded" | "ReplicationStatus" | "EncryptionStatus" | "ObjectLockRetainUntilDate" | "ObjectLockMode" | "ObjectLockLegalHoldStatus" | "IntelligentTieringAccessTier" | "BucketKeyStatus" | "ChecksumAlgorithm" | "ObjectAccessControlList" | "ObjectOwner" | "LifecycleExpirationDate";

export type InventoryFrequency = "Daily" | "Weekly";

export interface InventorySchedule {
  "Frequency": InventoryFrequency;
}

export interface InventoryConfiguration {
  "Destination": InventoryDestination;
  "IsEnabled": boolean;
  "Filter"?: InventoryFilter;
  "Id": string;
  "IncludedObjectVersions": InventoryIncludedObjectVersions;
  "OptionalFields"?: Array<InventoryOptionalField>;
  "Schedule": InventorySchedule;
}

export interface GetBucketInventoryConfigurationOutput {
  "InventoryConfiguration"?: InventoryConfiguration;
}

export interface GetBucketLifecycleRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface LifecycleExpiration {
  "Date"?: Date;
  "Days"?: number;
  "ExpiredObjectDeleteMarker"?: boolean;
}

export type ExpirationStatus = "Enabled" | "Disabled";

export type TransitionStorageClass = "GLACIER" | "STANDARD_IA" | "ONEZONE_IA" | "INTELLIGENT_TIERING" | "DEEP_ARCHIVE" | "GLACIER_IR";

export interface Transition {
  "Date"?: Date;
  "Days"?: number;
  "StorageClass"?: TransitionStorageClass;
}

export interface NoncurrentVersionTransition {
  "NoncurrentDays"?: number;
  "StorageClass"?: TransitionStorageClass;
  "NewerNoncurrentVersions"?: number;
}

export interface NoncurrentVersionExpiration {
  "NoncurrentDays"?: number;
  "NewerNoncurrentVersions"?: number;
}

export interface AbortIncompleteMultipartUpload {
  "DaysAfterInitiation"?: number;
}

export interface Rule {
  "Expiration"?: LifecycleExpiration;
  "ID"?: string;
  "Prefix": string;
  "Status": ExpirationStatus;
  "Transition"?: Transition;
  "NoncurrentVersionTransition"?: NoncurrentVersionTransition;
  "NoncurrentVersionExpiration"?: NoncurrentVersionExpiration;
  "AbortIncompleteMultipartUpload"?: AbortIncompleteMultipartUpload;
}

export interface GetBucketLifecycleOutput {
  "Rules"?: Array<Rule>;
}

export interface GetBucketLifecycleConfigurationRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface LifecycleRuleAndOperator {
  "Prefix"?: string;
  "Tags"?: Array<Tag>;
  "ObjectSizeGreaterThan"?: number;
  "ObjectSizeLessThan"?: number;
}

export interface LifecycleRuleFilter {
  "Prefix"?: string;
  "Tag"?: Tag;
  "ObjectSizeGreaterThan"?: number;
  "ObjectSizeLessThan"?: number;
  "And"?: LifecycleRuleAndOperator;
}

export interface LifecycleRule {
  "Expiration"?: LifecycleExpiration;
  "ID"?: string;
  "Prefix"?: string;
  "Filter"?: LifecycleRuleFilter;
  "Status": ExpirationStatus;
  "Transitions"?: Array<Transition>;
  "NoncurrentVersionTransitions"?: Array<NoncurrentVersionTransition>;
  "NoncurrentVersionExpiration"?: NoncurrentVersionExpiration;
  "AbortIncompleteMultipartUpload"?: AbortIncompleteMultipartUpload;
}

export type TransitionDefaultMinimumObjectSize = "varies_by_storage_class" | "all_storage_classes_128K";

export interface GetBucketLifecycleConfigurationOutput {
  "Rules"?: Array<LifecycleRule>;
  "TransitionDefaultMinimumObjectSize"?: TransitionDefaultMinimumObjectSize;
}

export interface GetBucketLocationRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface GetBucketLocationOutput {
  "LocationConstraint"?: BucketLocationConstraint;
}

export interface GetBucketLoggingRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export type BucketLogsPermission = "FULL_CONTROL" | "READ" | "WRITE";

export interface TargetGrant {
  "Grantee"?: Grantee;
  "Permission"?: BucketLogsPermission;
}

export interface SimplePrefix {

}

export type PartitionDateSource = "EventTime" | "DeliveryTime";

export interface PartitionedPrefix {
  "PartitionDateSource"?: PartitionDateSource;
}

export interface TargetObjectKeyFormat {
  "SimplePrefix"?: SimplePrefix;
  "PartitionedPrefix"?: PartitionedPrefix;
}

export interface LoggingEnabled {
  "TargetBucket": string;
  "TargetGrants"?: Array<TargetGrant>;
  "TargetPrefix": string;
  "TargetObjectKeyFormat"?: TargetObjectKeyFormat;
}

export interface GetBucketLoggingOutput {
  "LoggingEnabled"?: LoggingEnabled;
}

export interface GetBucketMetadataConfigurationRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export type S3TablesBucketType = "aws" | "customer";

export interface DestinationResult {
  "TableBucketType"?: S3TablesBucketType;
  "TableBucketArn"?: string;
  "TableNamespace"?: string;
}

export interface ErrorDetails {
  "ErrorCode"?: string;
  "ErrorMessage"?: string;
}

export interface JournalTableConfigurationResult {
  "TableStatus": string;
  "Error"?: ErrorDetails;
  "TableName": string;
  "TableArn"?: string;
  "RecordExpiration": RecordExpiration;
}

export interface InventoryTableConfigurationResult {
  "ConfigurationState": InventoryConfigurationState;
  "TableStatus"?: string;
  "Error"?: ErrorDetails;
  "TableName"?: string;
  "TableArn"?: string;
}

export interface MetadataConfigurationResult {
  "DestinationResult": DestinationResult;
  "JournalTableConfigurationResult"?: JournalTableConfigurationResult;
  "InventoryTableConfigurationResult"?: InventoryTableConfigurationResult;
}

export interface GetBucketMetadataConfigurationResult {
  "MetadataConfigurationResult": MetadataConfigurationResult;
}

export interface GetBucketMetadataConfigurationOutput {
  "GetBucketMetadataConfigurationResult"?: GetBucketMetadataConfigurationResult;
}

export interface GetBucketMetadataTableConfigurationRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface S3TablesDestinationResult {
  "TableBucketArn": string;
  "TableName": string;
  "TableArn": string;
  "TableNamespace": string;
}

export interface MetadataTableConfigurationResult {
  "S3TablesDestinationResult": S3TablesDestinationResult;
}

export interface GetBucketMetadataTableConfigurationResult {
  "MetadataTableConfigurationResult": MetadataTableConfigurationResult;
  "Status": string;
  "Error"?: ErrorDetails;
}

export interface GetBucketMetadataTableConfigurationOutput {
  "GetBucketMetadataTableConfigurationResult"?: GetBucketMetadataTableConfigurationResult;
}

export interface GetBucketMetricsConfigurationRequest {
  "Bucket": string;
  "Id": string;
  "ExpectedBucketOwner"?: string;
}

export interface MetricsAndOperator {
  "Prefix"?: string;
  "Tags"?: Array<Tag>;
  "AccessPointArn"?: string;
}

export interface MetricsFilter {
  "Prefix"?: string;
  "Tag"?: Tag;
  "AccessPointArn"?: string;
  "And"?: MetricsAndOperator;
}

export interface MetricsConfiguration {
  "Id": string;
  "Filter"?: MetricsFilter;
}

export interface GetBucketMetricsConfigurationOutput {
  "MetricsConfiguration"?: MetricsConfiguration;
}

export interface GetBucketNotificationConfigurationRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export type Event = "s3:ReducedRedundancyLostObject" | "s3:ObjectCreated:*" | "s3:ObjectCreated:Put" | "s3:ObjectCreated:Post" | "s3:ObjectCreated:Copy" | "s3:ObjectCreated:CompleteMultipartUpload" | "s3:ObjectRemoved:*" | "s3:ObjectRemoved:Delete" | "s3:ObjectRemoved:DeleteMarkerCreated" | "s3:ObjectRestore:*" | "s3:ObjectRestore:Post" | "s3:ObjectRestore:Completed" | "s3:Replication:*" | "s3:Replication:OperationFailedReplication" | "s3:Replication:OperationNotTracked" | "s3:Replication:OperationMissedThreshold" | "s3:Replication:OperationReplicatedAfterThreshold" | "s3:ObjectRestore:Delete" | "s3:LifecycleTransition" | "s3:IntelligentTiering" | "s3:ObjectAcl:Put" | "s3:LifecycleExpiration:*" | "s3:LifecycleExpiration:Delete" | "s3:LifecycleExpiration:DeleteMarkerCreated" | "s3:ObjectTagging:*" | "s3:ObjectTagging:Put" | "s3:ObjectTagging:Delete";

export interface TopicConfigurationDeprecated {
  "Id"?: string;
  "Events"?: Array<Event>;
  "Event"?: Event;
  "Topic"?: string;
}

export interface QueueConfigurationDeprecated {
  "Id"?: string;
  "Event"?: Event;
  "Events"?: Array<Event>;
  "Queue"?: string;
}

export interface CloudFunctionConfiguration {
  "Id"?: string;
  "Event"?: Event;
  "Events"?: Array<Event>;
  "CloudFunction"?: string;
  "InvocationRole"?: string;
}

export interface NotificationConfigurationDeprecated {
  "TopicConfiguration"?: TopicConfigurationDeprecated;
  "QueueConfiguration"?: QueueConfigurationDeprecated;
  "CloudFunctionConfiguration"?: CloudFunctionConfiguration;
}

export type FilterRuleName = "prefix" | "suffix";

export interface FilterRule {
  "Name"?: FilterRuleName;
  "Value"?: string;
}

export interface S3KeyFilter {
  "FilterRules"?: Array<FilterRule>;
}

export interface NotificationConfigurationFilter {
  "Key"?: S3KeyFilter;
}

export interface TopicConfiguration {
  "Id"?: string;
  "TopicArn": string;
  "Events": Array<Event>;
  "Filter"?: NotificationConfigurationFilter;
}

export interface QueueConfiguration {
  "Id"?: string;
  "QueueArn": string;
  "Events": Array<Event>;
  "Filter"?: NotificationConfigurationFilter;
}

export interface LambdaFunctionConfiguration {
  "Id"?: string;
  "LambdaFunctionArn": string;
  "Events": Array<Event>;
  "Filter"?: NotificationConfigurationFilter;
}

export interface EventBridgeConfiguration {

}

export interface NotificationConfiguration {
  "TopicConfigurations"?: Array<TopicConfiguration>;
  "QueueConfigurations"?: Array<QueueConfiguration>;
  "LambdaFunctionConfigurations"?: Array<LambdaFunctionConfiguration>;
  "EventBridgeConfiguration"?: EventBridgeConfiguration;
}

export interface GetBucketOwnershipControlsRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface OwnershipControlsRule {
  "ObjectOwnership": ObjectOwnership;
}

export interface OwnershipControls {
  "Rules": Array<OwnershipControlsRule>;
}

export interface GetBucketOwnershipControlsOutput {
  "OwnershipControls"?: OwnershipControls;
}

export interface GetBucketPolicyRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface GetBucketPolicyOutput {
  "Policy"?: string;
}

export interface GetBucketPolicyStatusRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface PolicyStatus {
  "IsPublic"?: boolean;
}

export interface GetBucketPolicyStatusOutput {
  "PolicyStatus"?: PolicyStatus;
}

export interface GetBucketReplicationRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface ReplicationRuleAndOperator {
  "Prefix"?: string;
  "Tags"?: Array<Tag>;
}

export interface ReplicationRuleFilter {
  "Prefix"?: string;
  "Tag"?: Tag;
  "And"?: ReplicationRuleAndOperator;
}

export type ReplicationRuleStatus = "Enabled" | "Disabled";

export type SseKmsEncryptedObjectsStatus = "Enabled" | "Disabled";

export interface SseKmsEncryptedObjects {
  "Status": SseKmsEncryptedObjectsStatus;
}

export type ReplicaModificationsStatus = "Enabled" | "Disabled";

export interface ReplicaModifications {
  "Status": ReplicaModificationsStatus;
}

export interface SourceSelectionCriteria {
  "SseKmsEncryptedObjects"?: SseKmsEncryptedObjects;
  "ReplicaModifications"?: ReplicaModifications;
}

export type ExistingObjectReplicationStatus = "Enabled" | "Disabled";

export interface ExistingObjectReplication {
  "Status": ExistingObjectReplicationStatus;
}

export type OwnerOverride = "Destination";

export interface AccessControlTranslation {
  "Owner": OwnerOverride;
}

export interface EncryptionConfiguration {
  "ReplicaKmsKeyID"?: string;
}

export type ReplicationTimeStatus = "Enabled" | "Disabled";

export interface ReplicationTimeValue {
  "Minutes"?: number;
}

export interface ReplicationTime {
  "Status": ReplicationTimeStatus;
  "Time": ReplicationTimeValue;
}

export type MetricsStatus = "Enabled" | "Disabled";

export interface Metrics {
  "Status": MetricsStatus;
  "EventThreshold"?: ReplicationTimeValue;
}

export interface Destination {
  "Bucket": string;
  "Account"?: string;
  "StorageClass"?: StorageClass;
  "AccessControlTranslation"?: AccessControlTranslation;
  "EncryptionConfiguration"?: EncryptionConfiguration;
  "ReplicationTime"?: ReplicationTime;
  "Metrics"?: Metrics;
}

export type DeleteMarkerReplicationStatus = "Enabled" | "Disabled";

export interface DeleteMarkerReplication {
  "Status"?: DeleteMarkerReplicationStatus;
}

export interface ReplicationRule {
  "ID"?: string;
  "Priority"?: number;
  "Prefix"?: string;
  "Filter"?: ReplicationRuleFilter;
  "Status": ReplicationRuleStatus;
  "SourceSelectionCriteria"?: SourceSelectionCriteria;
  "ExistingObjectReplication"?: ExistingObjectReplication;
  "Destination": Destination;
  "DeleteMarkerReplication"?: DeleteMarkerReplication;
}

export interface ReplicationConfiguration {
  "Role": string;
  "Rules": Array<ReplicationRule>;
}

export interface GetBucketReplicationOutput {
  "ReplicationConfiguration"?: ReplicationConfiguration;
}

export interface GetBucketRequestPaymentRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export type Payer = "Requester" | "BucketOwner";

export interface GetBucketRequestPaymentOutput {
  "Payer"?: Payer;
}

export interface GetBucketTaggingRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface GetBucketTaggingOutput {
  "TagSet": Array<Tag>;
}

export interface GetBucketVersioningRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export type BucketVersioningStatus = "Enabled" | "Suspended";

export type MFADeleteStatus = "Enabled" | "Disabled";

export interface GetBucketVersioningOutput {
  "Status"?: BucketVersioningStatus;
  "MFADelete"?: MFADeleteStatus;
}

export interface GetBucketWebsiteRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export type Protocol = "http" | "https";

export interface RedirectAllRequestsTo {
  "HostName": string;
  "Protocol"?: Protocol;
}

export interface IndexDocument {
  "Suffix": string;
}

export interface ErrorDocument {
  "Key": string;
}

export interface Condition {
  "HttpErrorCodeReturnedEquals"?: string;
  "KeyPrefixEquals"?: string;
}

export interface Redirect {
  "HostName"?: string;
  "HttpRedirectCode"?: string;
  "Protocol"?: Protocol;
  "ReplaceKeyPrefixWith"?: string;
  "ReplaceKeyWith"?: string;
}

export interface RoutingRule {
  "Condition"?: Condition;
  "Redirect": Redirect;
}

export interface GetBucketWebsiteOutput {
  "RedirectAllRequestsTo"?: RedirectAllRequestsTo;
  "IndexDocument"?: IndexDocument;
  "ErrorDocument"?: ErrorDocument;
  "RoutingRules"?: Array<RoutingRule>;
}

export type ChecksumMode = "ENABLED";

export interface GetObjectRequest {
  "Bucket": string;
  "IfMatch"?: string;
  "IfModifiedSince"?: Date;
  "IfNoneMatch"?: string;
  "IfUnmodifiedSince"?: Date;
  "Key": string;
  "Range"?: string;
  "ResponseCacheControl"?: string;
  "ResponseContentDisposition"?: string;
  "ResponseContentEncoding"?: string;
  "ResponseContentLanguage"?: string;
  "ResponseContentType"?: string;
  "ResponseExpires"?: Date;
  "VersionId"?: string;
  "SSECustomerAlgorithm"?: string;
  "SSECustomerKey"?: string;
  "SSECustomerKeyMD5"?: string;
  "RequestPayer"?: RequestPayer;
  "PartNumber"?: number;
  "ExpectedBucketOwner"?: string;
  "ChecksumMode"?: ChecksumMode;
}

export type ReplicationStatus = "COMPLETE" | "PENDING" | "FAILED" | "REPLICA" | "COMPLETED";

export interface GetObjectOutput {
  "Body"?: Readable | Uint8Array;
  "DeleteMarker"?: boolean;
  "AcceptRanges"?: string;
  "Expiration"?: string;
  "Restore"?: string;
  "LastModified"?: Date;
  "ContentLength"?: number;
  "ETag"?: string;
  "ChecksumCRC32"?: string;
  "ChecksumCRC32C"?: string;
  "ChecksumCRC64NVME"?: string;
  "ChecksumSHA1"?: string;
  "ChecksumSHA256"?: string;
  "ChecksumSHA512"?: string;
  "ChecksumMD5"?: string;
  "ChecksumXXHASH64"?: string;
  "ChecksumXXHASH3"?: string;
  "ChecksumXXHASH128"?: string;
  "ChecksumType"?: ChecksumType;
  "MissingMeta"?: number;
  "VersionId"?: string;
  "CacheControl"?: string;
  "ContentDisposition"?: string;
  "ContentEncoding"?: string;
  "ContentLanguage"?: string;
  "ContentRange"?: string;
  "ContentType"?: string;
  "Expires"?: string;
  "WebsiteRedirectLocation"?: string;
  "ServerSideEncryption"?: ServerSideEncryption;
  "Metadata"?: Record<string, string>;
  "SSECustomerAlgorithm"?: string;
  "SSECustomerKeyMD5"?: string;
  "SSEKMSKeyId"?: string;
  "BucketKeyEnabled"?: boolean;
  "StorageClass"?: StorageClass;
  "RequestCharged"?: RequestCharged;
  "ReplicationStatus"?: ReplicationStatus;
  "PartsCount"?: number;
  "TagCount"?: number;
  "ObjectLockMode"?: ObjectLockMode;
  "ObjectLockRetainUntilDate"?: Date;
  "ObjectLockLegalHoldStatus"?: ObjectLockLegalHoldStatus;
}

export interface GetObjectAclRequest {
  "Bucket": string;
  "Key": string;
  "VersionId"?: string;
  "RequestPayer"?: RequestPayer;
  "ExpectedBucketOwner"?: string;
}

export interface GetObjectAclOutput {
  "Owner"?: Owner;
  "Grants"?: Array<Grant>;
  "RequestCharged"?: RequestCharged;
}

export type ObjectAttributes = "ETag" | "Checksum" | "ObjectParts" | "StorageClass" | "ObjectSize";

export interface GetObjectAttributesRequest {
  "Bucket": string;
  "Key": string;
  "VersionId"?: string;
  "MaxParts"?: number;
  "PartNumberMarker"?: number;
  "SSECustomerAlgorithm"?: string;
  "SSECustomerKey"?: string;
  "SSECustomerKeyMD5"?: string;
  "RequestPayer"?: RequestPayer;
  "ExpectedBucketOwner"?: string;
  "ObjectAttributes": Array<ObjectAttributes>;
}

export interface Checksum {
  "ChecksumCRC32"?: string;
  "ChecksumCRC32C"?: string;
  "ChecksumCRC64NVME"?: string;
  "ChecksumSHA1"?: string;
  "ChecksumSHA256"?: string;
  "ChecksumSHA512"?: string;
  "ChecksumMD5"?: string;
  "ChecksumXXHASH64"?: string;
  "ChecksumXXHASH3"?: string;
  "ChecksumXXHASH128"?: string;
  "ChecksumType"?: ChecksumType;
}

export interface ObjectPart {
  "PartNumber"?: number;
  "Size"?: number;
  "ChecksumCRC32"?: string;
  "ChecksumCRC32C"?: string;
  "ChecksumCRC64NVME"?: string;
  "ChecksumSHA1"?: string;
  "ChecksumSHA256"?: string;
  "ChecksumSHA512"?: string;
  "ChecksumMD5"?: string;
  "ChecksumXXHASH64"?: string;
  "ChecksumXXHASH3"?: string;
  "ChecksumXXHASH128"?: string;
}

export interface GetObjectAttributesParts {
  "TotalPartsCount"?: number;
  "PartNumberMarker"?: number;
  "NextPartNumberMarker"?: number;
  "MaxParts"?: number;
  "IsTruncated"?: boolean;
  "Parts"?: Array<ObjectPart>;
}

export interface GetObjectAttributesOutput {
  "DeleteMarker"?: boolean;
  "LastModified"?: Date;
  "VersionId"?: string;
  "RequestCharged"?: RequestCharged;
  "ETag"?: string;
  "Checksum"?: Checksum;
  "ObjectParts"?: GetObjectAttributesParts;
  "StorageClass"?: StorageClass;
  "ObjectSize"?: number;
}

export interface GetObjectLegalHoldRequest {
  "Bucket": string;
  "Key": string;
  "VersionId"?: string;
  "RequestPayer"?: RequestPayer;
  "ExpectedBucketOwner"?: string;
}

export interface ObjectLockLegalHold {
  "Status"?: ObjectLockLegalHoldStatus;
}

export interface GetObjectLegalHoldOutput {
  "LegalHold"?: ObjectLockLegalHold;
}

export interface GetObjectLockConfigurationRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export type ObjectLockEnabled = "Enabled";

export type ObjectLockRetentionMode = "GOVERNANCE" | "COMPLIANCE";

export interface DefaultRetention {
  "Mode"?: ObjectLockRetentionMode;
  "Days"?: number;
  "Years"?: number;
}

export interface ObjectLockRule {
  "DefaultRetention"?: DefaultRetention;
}

export interface ObjectLockConfiguration {
  "ObjectLockEnabled"?: ObjectLockEnabled;
  "Rule"?: ObjectLockRule;
}

export interface GetObjectLockConfigurationOutput {
  "ObjectLockConfiguration"?: ObjectLockConfiguration;
}

export interface GetObjectRetentionRequest {
  "Bucket": string;
  "Key": string;
  "VersionId"?: string;
  "RequestPayer"?: RequestPayer;
  "ExpectedBucketOwner"?: string;
}

export interface ObjectLockRetention {
  "Mode"?: ObjectLockRetentionMode;
  "RetainUntilDate"?: Date;
}

export interface GetObjectRetentionOutput {
  "Retention"?: ObjectLockRetention;
}

export interface GetObjectTaggingRequest {
  "Bucket": string;
  "Key": string;
  "VersionId"?: string;
  "ExpectedBucketOwner"?: string;
  "RequestPayer"?: RequestPayer;
}

export interface GetObjectTaggingOutput {
  "VersionId"?: string;
  "TagSet": Array<Tag>;
}

export interface GetObjectTorrentRequest {
  "Bucket": string;
  "Key": string;
  "RequestPayer"?: RequestPayer;
  "ExpectedBucketOwner"?: string;
}

export interface GetObjectTorrentOutput {
  "Body"?: Readable | Uint8Array;
  "RequestCharged"?: RequestCharged;
}

export interface GetPublicAccessBlockRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface PublicAccessBlockConfiguration {
  "BlockPublicAcls"?: boolean;
  "IgnorePublicAcls"?: boolean;
  "BlockPublicPolicy"?: boolean;
  "RestrictPublicBuckets"?: boolean;
}

export interface GetPublicAccessBlockOutput {
  "PublicAccessBlockConfiguration"?: PublicAccessBlockConfiguration;
}

export interface HeadBucketRequest {
  "Bucket": string;
  "ExpectedBucketOwner"?: string;
}

export interface HeadBucketOutput {
  "BucketArn"?: string;
  "BucketLocationType"?: LocationType;
  "BucketLocationName"?: string;
  "BucketRegion"?: string;
  "AccessPointAlias"?: boolean;
}

export interface HeadObjectRequest {
  "Bucket": string;
  "IfMatch"?: string;
  "IfModifiedSince"?: Date;
  "IfNoneMatch"?: string;
  "IfUnmodifiedSince"?: Date;
  "Key": string;
  "Range"?: string;
  "ResponseCacheControl"?: string;
  "ResponseContentDisposition"?: string;
  "ResponseContentEncoding"?: string;
  "ResponseContentLanguage"?: string;
  "ResponseContentType"?: string;
  "ResponseExpires"?: Date;
  "VersionId"?: string;
  "SSECustomerAlgorithm"?: string;
  "SSECustomerKey"?: string;
  "SSECustomerKeyMD5"?: string;
  "RequestPayer"?: RequestPayer;
  "PartNumber"?: number;
  "ExpectedBucketOwner"?: string;
  "ChecksumMode"?: ChecksumMode;
}

export type ArchiveStatus = "ARCHIVE_ACCESS" | "DEEP_ARCHIVE_ACCESS";

export interface HeadObjectOutput {
  "DeleteMarker"?: boolean;
  "AcceptRanges"?: string;
  "Expiration"?: string;
  "Restore"?: string;
  "ArchiveStatus"?: ArchiveStatus;
  "LastModified"?: Date;
  "ContentLength"?: number;
  "ChecksumCRC32"?: string;
  "ChecksumCRC32C"?: string;
  "ChecksumCRC64NVME"?: string;
  "ChecksumSHA1"?: string;
  "ChecksumSHA256"?: string;
  "ChecksumSHA512"?: string;
  "ChecksumMD5"?: string;
  "ChecksumXXHASH64"?: string;
  "ChecksumXXHASH3"?: string;
  "ChecksumXXHASH128"?: string;
  "ChecksumType"?: ChecksumType;
  "ETag"?: string;
  "MissingMeta"?: number;
  "VersionId"?: string;
  "CacheControl"?: string;
  "ContentDisposition"?: string;
  "ContentEncoding"?: string;
  "ContentLanguage"?: string;
  "ContentType"?: string;
  "ContentRange"?: string;
  "Expires"?: string;
  "WebsiteRedirectLocation"?: string;
  "ServerSideEncryption"?: ServerSideEncryption;
  "Metadata"?: Record<string, string>;
  "SSECustomerAlgorithm"?: string;
  "SSECustomerKeyMD5"?: string;
  "SSEKMSKeyId"?: string;
  "BucketKeyEnabled"?: boolean;
  "StorageClass"?: StorageClass;
  "RequestCharged"?: RequestCharged;
  "ReplicationStatus"?: ReplicationStatus;
  "PartsCount"?: number;
  "TagCount"?: number;
  "ObjectLockMode"?: ObjectLockMode;
  "ObjectLockRetainUntilDate"?: Date;
  "ObjectLockLegalHoldStatus"?: ObjectLockLegalHoldStatus;
}

export interface ListBucketAnalyticsConfigurationsRequest {
  "Bucket": string;
  "ContinuationToken"?: string;
  "ExpectedBucketOwner"?: string;
}

export interface ListBucketAnalyticsConfigurationsOutput {
  "IsTruncated"?: boolean;
  "ContinuationToken"?: string;
  "NextContinuationToken"?: string;
  "AnalyticsConfigurationList"?: Array<AnalyticsConfiguration>;
}

export interface ListBucketIntelligentTieringConfigurationsRequest {
  "Bucket": string;
  "ContinuationToken"?: string;
  "ExpectedBucketOwner"?: string;
}

export interface ListBucketIntelligentTieringConfigurationsOutput {
  "IsTruncated"?: boolean;
  "ContinuationToken"?: string;
  "NextContinuationToken"?: string;
  "IntelligentTieringConfigurationList"?: Array<IntelligentTieringConfiguration>;
}

export interface ListBucketInventoryConfigurationsRequest {
  "Bucket": string;
  "ContinuationToken"?: string;
  "ExpectedBucketOwner"?: string;
}

export interface ListBucketInventoryConfigurationsOutput {
  "ContinuationToken"?: string;
  "InventoryConfigurationList"?: Array<InventoryConfiguration>;
  "IsTruncated"?: boolean;
  "NextContinuationToken"?: string;
}

export interface ListBucketMetricsConfigurationsRequest {
  "Bucket": string;
  "ContinuationToken"?: string;
  "ExpectedBucketOwner"?: string;
}

export interface ListBucketMetricsConfigurationsOutput {
  "IsTruncated"?: boolean;
  "ContinuationToken"?: string;
  "NextContinuationToken"?: string;
  "MetricsConfigurationList"?: Array<MetricsConfiguration>;
}

export interface ListBucketsRequest {
  "MaxBuckets"?: number;
  "ContinuationToken"?: string;
  "Prefix"?: string;
  "BucketRegion"?: string;
}

export interface Bucket {
  "Name"?: string;
  "CreationDate"?: Date;
  "BucketRegion"?: string;
  "BucketArn"?: string;
}

export interface ListBucketsOutput {
  "Buckets"?: Array<Bucket>;
  "Owner"?: Owner;
  "ContinuationToken"?: string;
  "Prefix"?: string;
}

export interface ListDirectoryBucketsRequest {
  "ContinuationToken"?: string;
  "MaxDirectoryBuckets"?: number;
}

export interface ListDirectoryBucketsOutput {
  "Buckets"?: Array<Bucket>;
  "ContinuationToken"?: string;
}

export type EncodingType = "url";

export interface ListMultipartUploadsRequest {
  "Bucket": string;
  "Delimiter"?: string;
  "EncodingType"?: EncodingType;
  "KeyMarker"?: string;
  "MaxUploads"?: number;
  "Prefix"?: string;
  "UploadIdMarker"?: string;
  "ExpectedBucketOwner"?: string;
  "RequestPayer"?: RequestPayer;
}

export interface Initiator {
  "ID"?: string;
  "DisplayName"?: string;
}

export interface MultipartUpload {
  "UploadId"?: string;
  "Key"?: string;
  "Initiated"?: Date;
  "StorageClass"?: StorageClass;
  "Owner"?: Owner;
  "Initiator"?: Initiator;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "ChecksumType"?: ChecksumType;
}

export interface CommonPrefix {
  "Prefix"?: string;
}

export interface ListMultipartUploadsOutput {
  "Bucket"?: string;
  "KeyMarker"?: string;
  "UploadIdMarker"?: string;
  "NextKeyMarker"?: string;
  "Prefix"?: string;
  "Delimiter"?: string;
  "NextUploadIdMarker"?: string;
  "MaxUploads"?: number;
  "IsTruncated"?: boolean;
  "Uploads"?: Array<MultipartUpload>;
  "CommonPrefixes"?: Array<CommonPrefix>;
  "EncodingType"?: EncodingType;
  "RequestCharged"?: RequestCharged;
}

export type OptionalObjectAttributes = "RestoreStatus";

export interface ListObjectVersionsRequest {
  "Bucket": string;
  "Delimiter"?: string;
  "EncodingType"?: EncodingType;
  "KeyMarker"?: string;
  "MaxKeys"?: number;
  "Prefix"?: string;
  "VersionIdMarker"?: string;
  "ExpectedBucketOwner"?: string;
  "RequestPayer"?: RequestPayer;
  "OptionalObjectAttributes"?: Array<OptionalObjectAttributes>;
}

export type ObjectVersionStorageClass = "STANDARD";

export interface RestoreStatus {
  "IsRestoreInProgress"?: boolean;
  "RestoreExpiryDate"?: Date;
}

export interface ObjectVersion {
  "ETag"?: string;
  "ChecksumAlgorithm"?: Array<ChecksumAlgorithm>;
  "ChecksumType"?: ChecksumType;
  "Size"?: number;
  "StorageClass"?: ObjectVersionStorageClass;
  "Key"?: string;
  "VersionId"?: string;
  "IsLatest"?: boolean;
  "LastModified"?: Date;
  "Owner"?: Owner;
  "RestoreStatus"?: RestoreStatus;
}

export interface DeleteMarkerEntry {
  "Owner"?: Owner;
  "Key"?: string;
  "VersionId"?: string;
  "IsLatest"?: boolean;
  "LastModified"?: Date;
}

export interface ListObjectVersionsOutput {
  "IsTruncated"?: boolean;
  "KeyMarker"?: string;
  "VersionIdMarker"?: string;
  "NextKeyMarker"?: string;
  "NextVersionIdMarker"?: string;
  "Versions"?: Array<ObjectVersion>;
  "DeleteMarkers"?: Array<DeleteMarkerEntry>;
  "Name"?: string;
  "Prefix"?: string;
  "Delimiter"?: string;
  "MaxKeys"?: number;
  "CommonPrefixes"?: Array<CommonPrefix>;
  "EncodingType"?: EncodingType;
  "RequestCharged"?: RequestCharged;
}

export interface ListObjectsRequest {
  "Bucket": string;
  "Delimiter"?: string;
  "EncodingType"?: EncodingType;
  "Marker"?: string;
  "MaxKeys"?: number;
  "Prefix"?: string;
  "RequestPayer"?: RequestPayer;
  "ExpectedBucketOwner"?: string;
  "OptionalObjectAttributes"?: Array<OptionalObjectAttributes>;
}

export type ObjectStorageClass = "STANDARD" | "REDUCED_REDUNDANCY" | "GLACIER" | "STANDARD_IA" | "ONEZONE_IA" | "INTELLIGENT_TIERING" | "DEEP_ARCHIVE" | "OUTPOSTS" | "GLACIER_IR" | "SNOW" | "EXPRESS_ONEZONE" | "FSX_OPENZFS" | "FSX_ONTAP";

export interface ObjectShape {
  "Key"?: string;
  "LastModified"?: Date;
  "ETag"?: string;
  "ChecksumAlgorithm"?: Array<ChecksumAlgorithm>;
  "ChecksumType"?: ChecksumType;
  "Size"?: number;
  "StorageClass"?: ObjectStorageClass;
  "Owner"?: Owner;
  "RestoreStatus"?: RestoreStatus;
}

export interface ListObjectsOutput {
  "IsTruncated"?: boolean;
  "Marker"?: string;
  "NextMarker"?: string;
  "Contents"?: Array<ObjectShape>;
  "Name"?: string;
  "Prefix"?: string;
  "Delimiter"?: string;
  "MaxKeys"?: number;
  "CommonPrefixes"?: Array<CommonPrefix>;
  "EncodingType"?: EncodingType;
  "RequestCharged"?: RequestCharged;
}

export interface ListObjectsV2Request {
  "Bucket": string;
  "Delimiter"?: string;
  "EncodingType"?: EncodingType;
  "MaxKeys"?: number;
  "Prefix"?: string;
  "ContinuationToken"?: string;
  "FetchOwner"?: boolean;
  "StartAfter"?: string;
  "RequestPayer"?: RequestPayer;
  "ExpectedBucketOwner"?: string;
  "OptionalObjectAttributes"?: Array<OptionalObjectAttributes>;
}

export interface ListObjectsV2Output {
  "IsTruncated"?: boolean;
  "Contents"?: Array<ObjectShape>;
  "Name"?: string;
  "Prefix"?: string;
  "Delimiter"?: string;
  "MaxKeys"?: number;
  "CommonPrefixes"?: Array<CommonPrefix>;
  "EncodingType"?: EncodingType;
  "KeyCount"?: number;
  "ContinuationToken"?: string;
  "NextContinuationToken"?: string;
  "StartAfter"?: string;
  "RequestCharged"?: RequestCharged;
}

export interface ListPartsRequest {
  "Bucket": string;
  "Key": string;
  "MaxParts"?: number;
  "PartNumberMarker"?: number;
  "UploadId": string;
  "RequestPayer"?: RequestPayer;
  "ExpectedBucketOwner"?: string;
  "SSECustomerAlgorithm"?: string;
  "SSECustomerKey"?: string;
  "SSECustomerKeyMD5"?: string;
}

export interface Part {
  "PartNumber"?: number;
  "LastModified"?: Date;
  "ETag"?: string;
  "Size"?: number;
  "ChecksumCRC32"?: string;
  "ChecksumCRC32C"?: string;
  "ChecksumCRC64NVME"?: string;
  "ChecksumSHA1"?: string;
  "ChecksumSHA256"?: string;
  "ChecksumSHA512"?: string;
  "ChecksumMD5"?: string;
  "ChecksumXXHASH64"?: string;
  "ChecksumXXHASH3"?: string;
  "ChecksumXXHASH128"?: string;
}

export interface ListPartsOutput {
  "AbortDate"?: Date;
  "AbortRuleId"?: string;
  "Bucket"?: string;
  "Key"?: string;
  "UploadId"?: string;
  "PartNumberMarker"?: number;
  "NextPartNumberMarker"?: number;
  "MaxParts"?: number;
  "IsTruncated"?: boolean;
  "Parts"?: Array<Part>;
  "Initiator"?: Initiator;
  "Owner"?: Owner;
  "StorageClass"?: StorageClass;
  "RequestCharged"?: RequestCharged;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "ChecksumType"?: ChecksumType;
}

export interface PutBucketAbacRequest {
  "Bucket": string;
  "ContentMD5"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "ExpectedBucketOwner"?: string;
  "AbacStatus": AbacStatus;
}

export interface AccelerateConfiguration {
  "Status"?: BucketAccelerateStatus;
}

export interface PutBucketAccelerateConfigurationRequest {
  "Bucket": string;
  "AccelerateConfiguration": AccelerateConfiguration;
  "ExpectedBucketOwner"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
}

export interface AccessControlPolicy {
  "Grants"?: Array<Grant>;
  "Owner"?: Owner;
}

export interface PutBucketAclRequest {
  "ACL"?: BucketCannedACL;
  "AccessControlPolicy"?: AccessControlPolicy;
  "Bucket": string;
  "ContentMD5"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "GrantFullControl"?: string;
  "GrantRead"?: string;
  "GrantReadACP"?: string;
  "GrantWrite"?: string;
  "GrantWriteACP"?: string;
  "ExpectedBucketOwner"?: string;
}

export interface PutBucketAnalyticsConfigurationRequest {
  "Bucket": string;
  "Id": string;
  "AnalyticsConfiguration": AnalyticsConfiguration;
  "ExpectedBucketOwner"?: string;
}

export interface CORSConfiguration {
  "CORSRules": Array<CORSRule>;
}

export interface PutBucketCorsRequest {
  "Bucket": string;
  "CORSConfiguration": CORSConfiguration;
  "ContentMD5"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "ExpectedBucketOwner"?: string;
}

export interface PutBucketEncryptionRequest {
  "Bucket": string;
  "ContentMD5"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "ServerSideEncryptionConfiguration": ServerSideEncryptionConfiguration;
  "ExpectedBucketOwner"?: string;
}

export interface PutBucketIntelligentTieringConfigurationRequest {
  "Bucket": string;
  "Id": string;
  "ExpectedBucketOwner"?: string;
  "IntelligentTieringConfiguration": IntelligentTieringConfiguration;
}

export interface PutBucketInventoryConfigurationRequest {
  "Bucket": string;
  "Id": string;
  "InventoryConfiguration": InventoryConfiguration;
  "ExpectedBucketOwner"?: string;
}

export interface LifecycleConfiguration {
  "Rules": Array<Rule>;
}

export interface PutBucketLifecycleRequest {
  "Bucket": string;
  "ContentMD5"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "LifecycleConfiguration"?: LifecycleConfiguration;
  "ExpectedBucketOwner"?: string;
}

export interface BucketLifecycleConfiguration {
  "Rules": Array<LifecycleRule>;
}

export interface PutBucketLifecycleConfigurationRequest {
  "Bucket": string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "LifecycleConfiguration"?: BucketLifecycleConfiguration;
  "ExpectedBucketOwner"?: string;
  "TransitionDefaultMinimumObjectSize"?: TransitionDefaultMinimumObjectSize;
}

export interface PutBucketLifecycleConfigurationOutput {
  "TransitionDefaultMinimumObjectSize"?: TransitionDefaultMinimumObjectSize;
}

export interface BucketLoggingStatus {
  "LoggingEnabled"?: LoggingEnabled;
}

export interface PutBucketLoggingRequest {
  "Bucket": string;
  "BucketLoggingStatus": BucketLoggingStatus;
  "ContentMD5"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "ExpectedBucketOwner"?: string;
}

export interface PutBucketMetricsConfigurationRequest {
  "Bucket": string;
  "Id": string;
  "MetricsConfiguration": MetricsConfiguration;
  "ExpectedBucketOwner"?: string;
}

export interface PutBucketNotificationRequest {
  "Bucket": string;
  "ContentMD5"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "NotificationConfiguration": NotificationConfigurationDeprecated;
  "ExpectedBucketOwner"?: string;
}

export interface PutBucketNotificationConfigurationRequest {
  "Bucket": string;
  "NotificationConfiguration": NotificationConfiguration;
  "ExpectedBucketOwner"?: string;
  "SkipDestinationValidation"?: boolean;
}

export interface PutBucketOwnershipControlsRequest {
  "Bucket": string;
  "ContentMD5"?: string;
  "ExpectedBucketOwner"?: string;
  "OwnershipControls": OwnershipControls;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
}

export interface PutBucketPolicyRequest {
  "Bucket": string;
  "ContentMD5"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "ConfirmRemoveSelfBucketAccess"?: boolean;
  "Policy": string;
  "ExpectedBucketOwner"?: string;
}

export interface PutBucketReplicationRequest {
  "Bucket": string;
  "ContentMD5"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "ReplicationConfiguration": ReplicationConfiguration;
  "Token"?: string;
  "ExpectedBucketOwner"?: string;
}

export interface RequestPaymentConfiguration {
  "Payer": Payer;
}

export interface PutBucketRequestPaymentRequest {
  "Bucket": string;
  "ContentMD5"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "RequestPaymentConfiguration": RequestPaymentConfiguration;
  "ExpectedBucketOwner"?: string;
}

export interface Tagging {
  "TagSet": Array<Tag>;
}

export interface PutBucketTaggingRequest {
  "Bucket": string;
  "ContentMD5"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "Tagging": Tagging;
  "ExpectedBucketOwner"?: string;
}

export type MFADelete = "Enabled" | "Disabled";

export interface VersioningConfiguration {
  "MFADelete"?: MFADelete;
  "Status"?: BucketVersioningStatus;
}

export interface PutBucketVersioningRequest {
  "Bucket": string;
  "ContentMD5"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "MFA"?: string;
  "VersioningConfiguration": VersioningConfiguration;
  "ExpectedBucketOwner"?: string;
}

export interface WebsiteConfiguration {
  "ErrorDocument"?: ErrorDocument;
  "IndexDocument"?: IndexDocument;
  "RedirectAllRequestsTo"?: RedirectAllRequestsTo;
  "RoutingRules"?: Array<RoutingRule>;
}

export interface PutBucketWebsiteRequest {
  "Bucket": string;
  "ContentMD5"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "WebsiteConfiguration": WebsiteConfiguration;
  "ExpectedBucketOwner"?: string;
}

export interface PutObjectRequest {
  "ACL"?: ObjectCannedACL;
  "Body"?: Readable | Uint8Array;
  "Bucket": string;
  "CacheControl"?: string;
  "ContentDisposition"?: string;
  "ContentEncoding"?: string;
  "ContentLanguage"?: string;
  "ContentLength"?: number;
  "ContentMD5"?: string;
  "ContentType"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "ChecksumCRC32"?: string;
  "ChecksumCRC32C"?: string;
  "ChecksumCRC64NVME"?: string;
  "ChecksumSHA1"?: string;
  "ChecksumSHA256"?: string;
  "ChecksumSHA512"?: string;
  "ChecksumMD5"?: string;
  "ChecksumXXHASH64"?: string;
  "ChecksumXXHASH3"?: string;
  "ChecksumXXHASH128"?: string;
  "Expires"?: string;
  "IfMatch"?: string;
  "IfNoneMatch"?: string;
  "GrantFullControl"?: string;
  "GrantRead"?: string;
  "GrantReadACP"?: string;
  "GrantWriteACP"?: string;
  "Key": string;
  "WriteOffsetBytes"?: number;
  "Metadata"?: Record<string, string>;
  "ServerSideEncryption"?: ServerSideEncryption;
  "StorageClass"?: StorageClass;
  "WebsiteRedirectLocation"?: string;
  "SSECustomerAlgorithm"?: string;
  "SSECustomerKey"?: string;
  "SSECustomerKeyMD5"?: string;
  "SSEKMSKeyId"?: string;
  "SSEKMSEncryptionContext"?: string;
  "BucketKeyEnabled"?: boolean;
  "RequestPayer"?: RequestPayer;
  "Tagging"?: string;
  "ObjectLockMode"?: ObjectLockMode;
  "ObjectLockRetainUntilDate"?: Date;
  "ObjectLockLegalHoldStatus"?: ObjectLockLegalHoldStatus;
  "ExpectedBucketOwner"?: string;
}

export interface PutObjectOutput {
  "Expiration"?: string;
  "ETag"?: string;
  "ChecksumCRC32"?: string;
  "ChecksumCRC32C"?: string;
  "ChecksumCRC64NVME"?: string;
  "ChecksumSHA1"?: string;
  "ChecksumSHA256"?: string;
  "ChecksumSHA512"?: string;
  "ChecksumMD5"?: string;
  "ChecksumXXHASH64"?: string;
  "ChecksumXXHASH3"?: string;
  "ChecksumXXHASH128"?: string;
  "ChecksumType"?: ChecksumType;
  "ServerSideEncryption"?: ServerSideEncryption;
  "VersionId"?: string;
  "SSECustomerAlgorithm"?: string;
  "SSECustomerKeyMD5"?: string;
  "SSEKMSKeyId"?: string;
  "SSEKMSEncryptionContext"?: string;
  "BucketKeyEnabled"?: boolean;
  "Size"?: number;
  "RequestCharged"?: RequestCharged;
}

export interface PutObjectAclRequest {
  "ACL"?: ObjectCannedACL;
  "AccessControlPolicy"?: AccessControlPolicy;
  "Bucket": string;
  "ContentMD5"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "GrantFullControl"?: string;
  "GrantRead"?: string;
  "GrantReadACP"?: string;
  "GrantWrite"?: string;
  "GrantWriteACP"?: string;
  "Key": string;
  "RequestPayer"?: RequestPayer;
  "VersionId"?: string;
  "ExpectedBucketOwner"?: string;
}

export interface PutObjectAclOutput {
  "RequestCharged"?: RequestCharged;
}

export interface PutObjectLegalHoldRequest {
  "Bucket": string;
  "Key": string;
  "LegalHold"?: ObjectLockLegalHold;
  "RequestPayer"?: RequestPayer;
  "VersionId"?: string;
  "ContentMD5"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "ExpectedBucketOwner"?: string;
}

export interface PutObjectLegalHoldOutput {
  "RequestCharged"?: RequestCharged;
}

export interface PutObjectLockConfigurationRequest {
  "Bucket": string;
  "ObjectLockConfiguration"?: ObjectLockConfiguration;
  "RequestPayer"?: RequestPayer;
  "Token"?: string;
  "ContentMD5"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "ExpectedBucketOwner"?: string;
}

export interface PutObjectLockConfigurationOutput {
  "RequestCharged"?: RequestCharged;
}

export interface PutObjectRetentionRequest {
  "Bucket": string;
  "Key": string;
  "Retention"?: ObjectLockRetention;
  "RequestPayer"?: RequestPayer;
  "VersionId"?: string;
  "BypassGovernanceRetention"?: boolean;
  "ContentMD5"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "ExpectedBucketOwner"?: string;
}

export interface PutObjectRetentionOutput {
  "RequestCharged"?: RequestCharged;
}

export interface PutObjectTaggingRequest {
  "Bucket": string;
  "Key": string;
  "VersionId"?: string;
  "ContentMD5"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "Tagging": Tagging;
  "ExpectedBucketOwner"?: string;
  "RequestPayer"?: RequestPayer;
}

export interface PutObjectTaggingOutput {
  "VersionId"?: string;
}

export interface PutPublicAccessBlockRequest {
  "Bucket": string;
  "ContentMD5"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "PublicAccessBlockConfiguration": PublicAccessBlockConfiguration;
  "ExpectedBucketOwner"?: string;
}

export interface RenameObjectRequest {
  "Bucket": string;
  "Key": string;
  "RenameSource": string;
  "DestinationIfMatch"?: string;
  "DestinationIfNoneMatch"?: string;
  "DestinationIfModifiedSince"?: Date;
  "DestinationIfUnmodifiedSince"?: Date;
  "SourceIfMatch"?: string;
  "SourceIfNoneMatch"?: string;
  "SourceIfModifiedSince"?: Date;
  "SourceIfUnmodifiedSince"?: Date;
  "ClientToken"?: string;
}

export interface RenameObjectOutput {

}

export type Tier = "Standard" | "Bulk" | "Expedited";

export interface GlacierJobParameters {
  "Tier": Tier;
}

export type RestoreRequestType = "SELECT";

export type FileHeaderInfo = "USE" | "IGNORE" | "NONE";

export interface CSVInput {
  "FileHeaderInfo"?: FileHeaderInfo;
  "Comments"?: string;
  "QuoteEscapeCharacter"?: string;
  "RecordDelimiter"?: string;
  "FieldDelimiter"?: string;
  "QuoteCharacter"?: string;
  "AllowQuotedRecordDelimiter"?: boolean;
}

export type CompressionType = "NONE" | "GZIP" | "BZIP2";

export type JSONType = "DOCUMENT" | "LINES";

export interface JSONInput {
  "Type"?: JSONType;
}

export interface ParquetInput {

}

export interface InputSerialization {
  "CSV"?: CSVInput;
  "CompressionType"?: CompressionType;
  "JSON"?: JSONInput;
  "Parquet"?: ParquetInput;
}

export type ExpressionType = "SQL";

export type QuoteFields = "ALWAYS" | "ASNEEDED";

export interface CSVOutput {
  "QuoteFields"?: QuoteFields;
  "QuoteEscapeCharacter"?: string;
  "RecordDelimiter"?: string;
  "FieldDelimiter"?: string;
  "QuoteCharacter"?: string;
}

export interface JSONOutput {
  "RecordDelimiter"?: string;
}

export interface OutputSerialization {
  "CSV"?: CSVOutput;
  "JSON"?: JSONOutput;
}

export interface SelectParameters {
  "InputSerialization": InputSerialization;
  "ExpressionType": ExpressionType;
  "Expression": string;
  "OutputSerialization": OutputSerialization;
}

export interface Encryption {
  "EncryptionType": ServerSideEncryption;
  "KMSKeyId"?: string;
  "KMSContext"?: string;
}

export interface MetadataEntry {
  "Name"?: string;
  "Value"?: string;
}

export interface S3Location {
  "BucketName": string;
  "Prefix": string;
  "Encryption"?: Encryption;
  "CannedACL"?: ObjectCannedACL;
  "AccessControlList"?: Array<Grant>;
  "Tagging"?: Tagging;
  "UserMetadata"?: Array<MetadataEntry>;
  "StorageClass"?: StorageClass;
}

export interface OutputLocation {
  "S3"?: S3Location;
}

export interface RestoreRequest {
  "Days"?: number;
  "GlacierJobParameters"?: GlacierJobParameters;
  "Type"?: RestoreRequestType;
  "Tier"?: Tier;
  "Description"?: string;
  "SelectParameters"?: SelectParameters;
  "OutputLocation"?: OutputLocation;
}

export interface RestoreObjectRequest {
  "Bucket": string;
  "Key": string;
  "VersionId"?: string;
  "RestoreRequest"?: RestoreRequest;
  "RequestPayer"?: RequestPayer;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "ExpectedBucketOwner"?: string;
}

export interface RestoreObjectOutput {
  "RequestCharged"?: RequestCharged;
  "RestoreOutputPath"?: string;
}

export interface RequestProgress {
  "Enabled"?: boolean;
}

export interface ScanRange {
  "Start"?: number;
  "End"?: number;
}

export interface SelectObjectContentRequest {
  "Bucket": string;
  "Key": string;
  "SSECustomerAlgorithm"?: string;
  "SSECustomerKey"?: string;
  "SSECustomerKeyMD5"?: string;
  "Expression": string;
  "ExpressionType": ExpressionType;
  "RequestProgress"?: RequestProgress;
  "InputSerialization": InputSerialization;
  "OutputSerialization": OutputSerialization;
  "ScanRange"?: ScanRange;
  "ExpectedBucketOwner"?: string;
}

export interface RecordsEvent {
  "Payload"?: Uint8Array;
}

export interface Stats {
  "BytesScanned"?: number;
  "BytesProcessed"?: number;
  "BytesReturned"?: number;
}

export interface StatsEvent {
  "Details"?: Stats;
}

export interface Progress {
  "BytesScanned"?: number;
  "BytesProcessed"?: number;
  "BytesReturned"?: number;
}

export interface ProgressEvent {
  "Details"?: Progress;
}

export interface ContinuationEvent {

}

export interface EndEvent {

}

export interface SelectObjectContentEventStream {
  "Records"?: RecordsEvent;
  "Stats"?: StatsEvent;
  "Progress"?: ProgressEvent;
  "Cont"?: ContinuationEvent;
  "End"?: EndEvent;
}

export interface SelectObjectContentOutput {
  "Payload"?: SelectObjectContentEventStream;
}

export interface InventoryTableConfigurationUpdates {
  "ConfigurationState": InventoryConfigurationState;
  "EncryptionConfiguration"?: MetadataTableEncryptionConfiguration;
}

export interface UpdateBucketMetadataInventoryTableConfigurationRequest {
  "Bucket": string;
  "ContentMD5"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "InventoryTableConfiguration": InventoryTableConfigurationUpdates;
  "ExpectedBucketOwner"?: string;
}

export interface JournalTableConfigurationUpdates {
  "RecordExpiration": RecordExpiration;
}

export interface UpdateBucketMetadataJournalTableConfigurationRequest {
  "Bucket": string;
  "ContentMD5"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "JournalTableConfiguration": JournalTableConfigurationUpdates;
  "ExpectedBucketOwner"?: string;
}

export interface SSEKMSEncryption {
  "KMSKeyArn": string;
  "BucketKeyEnabled"?: boolean;
}

export interface ObjectEncryption {
  "SSEKMS"?: SSEKMSEncryption;
}

export interface UpdateObjectEncryptionRequest {
  "Bucket": string;
  "Key": string;
  "VersionId"?: string;
  "ObjectEncryption": ObjectEncryption;
  "RequestPayer"?: RequestPayer;
  "ExpectedBucketOwner"?: string;
  "ContentMD5"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
}

export interface UpdateObjectEncryptionResponse {
  "RequestCharged"?: RequestCharged;
}

export interface UploadPartRequest {
  "Body"?: Readable | Uint8Array;
  "Bucket": string;
  "ContentLength"?: number;
  "ContentMD5"?: string;
  "ChecksumAlgorithm"?: ChecksumAlgorithm;
  "ChecksumCRC32"?: string;
  "ChecksumCRC32C"?: string;
  "ChecksumCRC64NVME"?: string;
  "ChecksumSHA1"?: string;
  "ChecksumSHA256"?: string;
  "ChecksumSHA512"?: string;
  "ChecksumMD5"?: string;
  "ChecksumXXHASH64"?: string;
  "ChecksumXXHASH3"?: string;
  "ChecksumXXHASH128"?: string;
  "Key": string;
  "PartNumber": number;
  "UploadId": string;
  "SSECustomerAlgorithm"?: string;
  "SSECustomerKey"?: string;
  "SSECustomerKeyMD5"?: string;
  "RequestPayer"?: RequestPayer;
  "ExpectedBucketOwner"?: string;
}

export interface UploadPartOutput {
  "ServerSideEncryption"?: ServerSideEncryption;
  "ETag"?: string;
  "ChecksumCRC32"?: string;
  "ChecksumCRC32C"?: string;
  "ChecksumCRC64NVME"?: string;
  "ChecksumSHA1"?: string;
  "ChecksumSHA256"?: string;
  "ChecksumSHA512"?: string;
  "ChecksumMD5"?: string;
  "ChecksumXXHASH64"?: string;
  "ChecksumXXHASH3"?: string;
  "ChecksumXXHASH128"?: string;
  "SSECustomerAlgorithm"?: string;
  "SSECustomerKeyMD5"?: string;
  "SSEKMSKeyId"?: string;
  "BucketKeyEnabled"?: boolean;
  "RequestCharged"?: RequestCharged;
}

export interface UploadPartCopyRequest {
  "Bucket": string;
  "CopySource": string;
  "CopySourceIfMatch"?: string;
  "CopySourceIfModifiedSince"?: Date;
  "CopySourceIfNoneMatch"?: string;
  "CopySourceIfUnmodifiedSince"?: Date;
  "CopySourceRange"?: string;
  "Key": string;
  "PartNumber": number;
  "UploadId": string;
  "SSECustomerAlgorithm"?: string;
  "SSECustomerKey"?: string;
  "SSECustomerKeyMD5"?: string;
  "CopySourceSSECustomerAlgorithm"?: string;
  "CopySourceSSECustomerKey"?: string;
  "CopySourceSSECustomerKeyMD5"?: string;
  "RequestPayer"?: RequestPayer;
  "ExpectedBucketOwner"?: string;
  "ExpectedSourceBucketOwner"?: string;
}

export interface CopyPartResult {
  "ETag"?: string;
  "LastModified"?: Date;
  "ChecksumCRC32"?: string;
  "ChecksumCRC32C"?: string;
  "ChecksumCRC64NVME"?: string;
  "ChecksumSHA1"?: string;
  "ChecksumSHA256"?: string;
  "ChecksumSHA512"?: string;
  "ChecksumMD5"?: string;
  "ChecksumXXHASH64"?: string;
  "ChecksumXXHASH3"?: string;
  "ChecksumXXHASH128"?: string;
}

export interface UploadPartCopyOutput {
  "CopySourceVersionId"?: string;
  "CopyPartResult"?: CopyPartResult;
  "ServerSideEncryption"?: ServerSideEncryption;
  "SSECustomerAlgorithm"?: string;
  "SSECustomerKeyMD5"?: string;
  "SSEKMSKeyId"?: string;
  "BucketKeyEnabled"?: boolean;
  "RequestCharged"?: RequestCharged;
}

export interface WriteGetObjectResponseRequest {
  "RequestRoute": string;
  "RequestToken": string;
  "Body"?: Readable | Uint8Array;
  "StatusCode"?: number;
  "ErrorCode"?: string;
  "ErrorMessage"?: string;
  "AcceptRanges"?: string;
  "CacheControl"?: string;
  "ContentDisposition"?: string;
  "ContentEncoding"?: string;
  "ContentLanguage"?: string;
  "ContentLength"?: number;
  "ContentRange"?: string;
  "ContentType"?: string;
  "ChecksumCRC32"?: string;
  "ChecksumCRC32C"?: string;
  "ChecksumCRC64NVME"?: string;
  "ChecksumSHA1"?: string;
  "ChecksumSHA256"?: string;
  "ChecksumSHA512"?: string;
  "ChecksumMD5"?: string;
  "ChecksumXXHASH64"?: string;
  "ChecksumXXHASH3"?: string;
  "ChecksumXXHASH128"?: string;
  "DeleteMarker"?: boolean;
  "ETag"?: string;
  "Expires"?: string;
  "Expiration"?: string;
  "LastModified"?: Date;
  "MissingMeta"?: number;
  "Metadata"?: Record<string, string>;
  "ObjectLockMode"?: ObjectLockMode;
  "ObjectLockLegalHoldStatus"?: ObjectLockLegalHoldStatus;
  "ObjectLockRetainUntilDate"?: Date;
  "PartsCount"?: number;
  "ReplicationStatus"?: ReplicationStatus;
  "RequestCharged"?: RequestCharged;
  "Restore"?: string;
  "ServerSideEncryption"?: ServerSideEncryption;
  "SSECustomerAlgorithm"?: string;
  "SSEKMSKeyId"?: string;
  "SSECustomerKeyMD5"?: string;
  "StorageClass"?: StorageClass;
  "TagCount"?: number;
  "VersionId"?: string;
  "BucketKeyEnabled"?: boolean;
}

/** Every operation of the S3 model; a provider implements the ones Nimbus serves. */
export interface S3Operations {
  abortMultipartUpload(input: AbortMultipartUploadRequest, context: CallContext): Promise<AbortMultipartUploadOutput>;
  completeMultipartUpload(input: CompleteMultipartUploadRequest, context: CallContext): Promise<CompleteMultipartUploadOutput>;
  copyObject(input: CopyObjectRequest, context: CallContext): Promise<CopyObjectOutput>;
  createBucket(input: CreateBucketRequest, context: CallContext): Promise<CreateBucketOutput>;
  createBucketMetadataConfiguration(input: CreateBucketMetadataConfigurationRequest, context: CallContext): Promise<void>;
  createBucketMetadataTableConfiguration(input: CreateBucketMetadataTableConfigurationRequest, context: CallContext): Promise<void>;
  createMultipartUpload(input: CreateMultipartUploadRequest, context: CallContext): Promise<CreateMultipartUploadOutput>;
  createSession(input: CreateSessionRequest, context: CallContext): Promise<CreateSessionOutput>;
  deleteBucket(input: DeleteBucketRequest, context: CallContext): Promise<void>;
  deleteBucketAnalyticsConfiguration(input: DeleteBucketAnalyticsConfigurationRequest, context: CallContext): Promise<void>;
  deleteBucketCors(input: DeleteBucketCorsRequest, context: CallContext): Promise<void>;
  deleteBucketEncryption(input: DeleteBucketEncryptionRequest, context: CallContext): Promise<void>;
  deleteBucketIntelligentTieringConfiguration(input: DeleteBucketIntelligentTieringConfigurationRequest, context: CallContext): Promise<void>;
  deleteBucketInventoryConfiguration(input: DeleteBucketInventoryConfigurationRequest, context: CallContext): Promise<void>;
  deleteBucketLifecycle(input: DeleteBucketLifecycleRequest, context: CallContext): Promise<void>;
  deleteBucketMetadataConfiguration(input: DeleteBucketMetadataConfigurationRequest, context: CallContext): Promise<void>;
  deleteBucketMetadataTableConfiguration(input: DeleteBucketMetadataTableConfigurationRequest, context: CallContext): Promise<void>;
  deleteBucketMetricsConfiguration(input: DeleteBucketMetricsConfigurationRequest, context: CallContext): Promise<void>;
  deleteBucketOwnershipControls(input: DeleteBucketOwnershipControlsRequest, context: CallContext): Promise<void>;
  deleteBucketPolicy(input: DeleteBucketPolicyRequest, context: CallContext): Promise<void>;
  deleteBucketReplication(input: DeleteBucketReplicationRequest, context: CallContext): Promise<void>;
  deleteBucketTagging(input: DeleteBucketTaggingRequest, context: CallContext): Promise<void>;
  deleteBucketWebsite(input: DeleteBucketWebsiteRequest, context: CallContext): Promise<void>;
  deleteObject(input: DeleteObjectRequest, context: CallContext): Promise<DeleteObjectOutput>;
  deleteObjectTagging(input: DeleteObjectTaggingRequest, context: CallContext): Promise<DeleteObjectTaggingOutput>;
  deleteObjects(input: DeleteObjectsRequest, context: CallContext): Promise<DeleteObjectsOutput>;
  deletePublicAccessBlock(input: DeletePublicAccessBlockRequest, context: CallContext): Promise<void>;
  getBucketAbac(input: GetBucketAbacRequest, context: CallContext): Promise<GetBucketAbacOutput>;
  getBucketAccelerateConfiguration(input: GetBucketAccelerateConfigurationRequest, context: CallContext): Promise<GetBucketAccelerateConfigurationOutput>;
  getBucketAcl(input: GetBucketAclRequest, context: CallContext): Promise<GetBucketAclOutput>;
  getBucketAnalyticsConfiguration(input: GetBucketAnalyticsConfigurationRequest, context: CallContext): Promise<GetBucketAnalyticsConfigurationOutput>;
  getBucketCors(input: GetBucketCorsRequest, context: CallContext): Promise<GetBucketCorsOutput>;
  getBucketEncryption(input: GetBucketEncryptionRequest, context: CallContext): Promise<GetBucketEncryptionOutput>;
  getBucketIntelligentTieringConfiguration(input: GetBucketIntelligentTieringConfigurationRequest, context: CallContext): Promise<GetBucketIntelligentTieringConfigurationOutput>;
  getBucketInventoryConfiguration(input: GetBucketInventoryConfigurationRequest, context: CallContext): Promise<GetBucketInventoryConfigurationOutput>;
  getBucketLifecycle(input: GetBucketLifecycleRequest, context: CallContext): Promise<GetBucketLifecycleOutput>;
  getBucketLifecycleConfiguration(input: GetBucketLifecycleConfigurationRequest, context: CallContext): Promise<GetBucketLifecycleConfigurationOutput>;
  getBucketLocation(input: GetBucketLocationRequest, context: CallContext): Promise<GetBucketLocationOutput>;
  getBucketLogging(input: GetBucketLoggingRequest, context: CallContext): Promise<GetBucketLoggingOutput>;
  getBucketMetadataConfiguration(input: GetBucketMetadataConfigurationRequest, context: CallContext): Promise<GetBucketMetadataConfigurationOutput>;
  getBucketMetadataTableConfiguration(input: GetBucketMetadataTableConfigurationRequest, context: CallContext): Promise<GetBucketMetadataTableConfigurationOutput>;
  getBucketMetricsConfiguration(input: GetBucketMetricsConfigurationRequest, context: CallContext): Promise<GetBucketMetricsConfigurationOutput>;
  getBucketNotification(input: GetBucketNotificationConfigurationRequest, context: CallContext): Promise<NotificationConfigurationDeprecated>;
  getBucketNotificationConfiguration(input: GetBucketNotificationConfigurationRequest, context: CallContext): Promise<NotificationConfiguration>;
  getBucketOwnershipControls(input: GetBucketOwnershipControlsRequest, context: CallContext): Promise<GetBucketOwnershipControlsOutput>;
  getBucketPolicy(input: GetBucketPolicyRequest, context: CallContext): Promise<GetBucketPolicyOutput>;
  getBucketPolicyStatus(input: GetBucketPolicyStatusRequest, context: CallContext): Promise<GetBucketPolicyStatusOutput>;
  getBucketReplication(input: GetBucketReplicationRequest, context: CallContext): Promise<GetBucketReplicationOutput>;
  getBucketRequestPayment(input: GetBucketRequestPaymentRequest, context: CallContext): Promise<GetBucketRequestPaymentOutput>;
  getBucketTagging(input: GetBucketTaggingRequest, context: CallContext): Promise<GetBucketTaggingOutput>;
  getBucketVersioning(input: GetBucketVersioningRequest, context: CallContext): Promise<GetBucketVersioningOutput>;
  getBucketWebsite(input: GetBucketWebsiteRequest, context: CallContext): Promise<GetBucketWebsiteOutput>;
  getObject(input: GetObjectRequest, context: CallContext): Promise<GetObjectOutput>;
  getObjectAcl(input: GetObjectAclRequest, context: CallContext): Promise<GetObjectAclOutput>;
  getObjectAttributes(input: GetObjectAttributesRequest, context: CallContext): Promise<GetObjectAttributesOutput>;
  getObjectLegalHold(input: GetObjectLegalHoldRequest, context: CallContext): Promise<GetObjectLegalHoldOutput>;
  getObjectLockConfiguration(input: GetObjectLockConfigurationRequest, context: CallContext): Promise<GetObjectLockConfigurationOutput>;
  getObjectRetention(input: GetObjectRetentionRequest, context: CallContext): Promise<GetObjectRetentionOutput>;
  getObjectTagging(input: GetObjectTaggingRequest, context: CallContext): Promise<GetObjectTaggingOutput>;
  getObjectTorrent(input: GetObjectTorrentRequest, context: CallContext): Promise<GetObjectTorrentOutput>;
  getPublicAccessBlock(input: GetPublicAccessBlockRequest, context: CallContext): Promise<GetPublicAccessBlockOutput>;
  headBucket(input: HeadBucketRequest, context: CallContext): Promise<HeadBucketOutput>;
  headObject(input: HeadObjectRequest, context: CallContext): Promise<HeadObjectOutput>;
  listBucketAnalyticsConfigurations(input: ListBucketAnalyticsConfigurationsRequest, context: CallContext): Promise<ListBucketAnalyticsConfigurationsOutput>;
  listBucketIntelligentTieringConfigurations(input: ListBucketIntelligentTieringConfigurationsRequest, context: CallContext): Promise<ListBucketIntelligentTieringConfigurationsOutput>;
  listBucketInventoryConfigurations(input: ListBucketInventoryConfigurationsRequest, context: CallContext): Promise<ListBucketInventoryConfigurationsOutput>;
  listBucketMetricsConfigurations(input: ListBucketMetricsConfigurationsRequest, context: CallContext): Promise<ListBucketMetricsConfigurationsOutput>;
  listBuckets(input: ListBucketsRequest, context: CallContext): Promise<ListBucketsOutput>;
  listDirectoryBuckets(input: ListDirectoryBucketsRequest, context: CallContext): Promise<ListDirectoryBucketsOutput>;
  listMultipartUploads(input: ListMultipartUploadsRequest, context: CallContext): Promise<ListMultipartUploadsOutput>;
  listObjectVersions(input: ListObjectVersionsRequest, context: CallContext): Promise<ListObjectVersionsOutput>;
  listObjects(input: ListObjectsRequest, context: CallContext): Promise<ListObjectsOutput>;
  listObjectsV2(input: ListObjectsV2Request, context: CallContext): Promise<ListObjectsV2Output>;
  listParts(input: ListPartsRequest, context: CallContext): Promise<ListPartsOutput>;
  putBucketAbac(input: PutBucketAbacRequest, context: CallContext): Promise<void>;
  putBucketAccelerateConfiguration(input: PutBucketAccelerateConfigurationRequest, context: CallContext): Promise<void>;
  putBucketAcl(input: PutBucketAclRequest, context: CallContext): Promise<void>;
  putBucketAnalyticsConfiguration(input: PutBucketAnalyticsConfigurationRequest, context: CallContext): Promise<void>;
  putBucketCors(input: PutBucketCorsRequest, context: CallContext): Promise<void>;
  putBucketEncryption(input: PutBucketEncryptionRequest, context: CallContext): Promise<void>;
  putBucketIntelligentTieringConfiguration(input: PutBucketIntelligentTieringConfigurationRequest, context: CallContext): Promise<void>;
  putBucketInventoryConfiguration(input: PutBucketInventoryConfigurationRequest, context: CallContext): Promise<void>;
  putBucketLifecycle(input: PutBucketLifecycleRequest, context: CallContext): Promise<void>;
  putBucketLifecycleConfiguration(input: PutBucketLifecycleConfigurationRequest, context: CallContext): Promise<PutBucketLifecycleConfigurationOutput>;
  putBucketLogging(input: PutBucketLoggingRequest, context: CallContext): Promise<void>;
  putBucketMetricsConfiguration(input: PutBucketMetricsConfigurationRequest, context: CallContext): Promise<void>;
  putBucketNotification(input: PutBucketNotificationRequest, context: CallContext): Promise<void>;
  putBucketNotificationConfiguration(input: PutBucketNotificationConfigurationRequest, context: CallContext): Promise<void>;
  putBucketOwnershipControls(input: PutBucketOwnershipControlsRequest, context: CallContext): Promise<void>;
  putBucketPolicy(input: PutBucketPolicyRequest, context: CallContext): Promise<void>;
  putBucketReplication(input: PutBucketReplicationRequest, context: CallContext): Promise<void>;
  putBucketRequestPayment(input: PutBucketRequestPaymentRequest, context: CallContext): Promise<void>;
  putBucketTagging(input: PutBucketTaggingRequest, context: CallContext): Promise<void>;
  putBucketVersioning(input: PutBucketVersioningRequest, context: CallContext): Promise<void>;
  putBucketWebsite(input: PutBucketWebsiteRequest, context: CallContext): Promise<void>;
  putObject(input: PutObjectRequest, context: CallContext): Promise<PutObjectOutput>;
  putObjectAcl(input: PutObjectAclRequest, context: CallContext): Promise<PutObjectAclOutput>;
  putObjectLegalHold(input: PutObjectLegalHoldRequest, context: CallContext): Promise<PutObjectLegalHoldOutput>;
  putObjectLockConfiguration(input: PutObjectLockConfigurationRequest, context: CallContext): Promise<PutObjectLockConfigurationOutput>;
  putObjectRetention(input: PutObjectRetentionRequest, context: CallContext): Promise<PutObjectRetentionOutput>;
  putObjectTagging(input: PutObjectTaggingRequest, context: CallContext): Promise<PutObjectTaggingOutput>;
  putPublicAccessBlock(input: PutPublicAccessBlockRequest, context: CallContext): Promise<void>;
  renameObject(input: RenameObjectRequest, context: CallContext): Promise<RenameObjectOutput>;
  restoreObject(input: RestoreObjectRequest, context: CallContext): Promise<RestoreObjectOutput>;
  selectObjectContent(input: SelectObjectContentRequest, context: CallContext): Promise<SelectObjectContentOutput>;
  updateBucketMetadataInventoryTableConfiguration(input: UpdateBucketMetadataInventoryTableConfigurationRequest, context: CallContext): Promise<void>;
  updateBucketMetadataJournalTableConfiguration(input: UpdateBucketMetadataJournalTableConfigurationRequest, context: CallContext): Promise<void>;
  updateObjectEncryption(input: UpdateObjectEncryptionRequest, context: CallContext): Promise<UpdateObjectEncryptionResponse>;
  uploadPart(input: UploadPartRequest, context: CallContext): Promise<UploadPartOutput>;
  uploadPartCopy(input: UploadPartCopyRequest, context: CallContext): Promise<UploadPartCopyOutput>;
  writeGetObjectResponse(input: WriteGetObjectResponseRequest, context: CallContext): Promise<void>;
}
