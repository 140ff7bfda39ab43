// Generated from models/kms.json by scripts/generate-api.ts. Do not edit.
import type { CallContext } from '../../common/call-context.js';

export interface CancelKeyDeletionRequest {
  "KeyId": string;
}

export interface CancelKeyDeletionResponse {
  "KeyId"?: string;
}

export interface ConnectCustomKeyStoreRequest {
  "CustomKeyStoreId": string;
}

export interface ConnectCustomKeyStoreResponse {

}

export interface CreateAliasRequest {
  "AliasName": string;
  "TargetKeyId": string;
}

export type CustomKeyStoreType = "AWS_CLOUDHSM" | "EXTERNAL_KEY_STORE";

export interface XksProxyAuthenticationCredentialType {
  "AccessKeyId": string;
  "RawSecretAccessKey": string;
}

export type XksProxyConnectivityType = "PUBLIC_ENDPOINT" | "VPC_ENDPOINT_SERVICE";

export interface CreateCustomKeyStoreRequest {
  "CustomKeyStoreName": string;
  "CloudHsmClusterId"?: string;
  "TrustAnchorCertificate"?: string;
  "KeyStorePassword"?: string;
  "CustomKeyStoreType"?: CustomKeyStoreType;
  "XksProxyUriEndpoint"?: string;
  "XksProxyUriPath"?: string;
  "XksProxyVpcEndpointServiceName"?: string;
  "XksProxyVpcEndpointServiceOwner"?: string;
  "XksProxyAuthenticationCredential"?: XksProxyAuthenticationCredentialType;
  "XksProxyConnectivity"?: XksProxyConnectivityType;
}

export interface CreateCustomKeyStoreResponse {
  "CustomKeyStoreId"?: string;
}

export type GrantOperation = "Decrypt" | "Encrypt" | "GenerateDataKey" | "GenerateDataKeyWithoutPlaintext" | "ReEncryptFrom" | "ReEncryptTo" | "Sign" | "Verify" | "GetPublicKey" | "CreateGrant" | "RetireGrant" | "DescribeKey" | "GenerateDataKeyPair" | "GenerateDataKeyPairWithoutPlaintext" | "GenerateMac" | "VerifyMac" | "DeriveSharedSecret";

export interface GrantConstraints {
  "EncryptionContextSubset"?: Record<string, string>;
  "EncryptionContextEquals"?: Record<string, string>;
}

export interface CreateGrantRequest {
  "KeyId": string;
  "GranteePrincipal": string;
  "RetiringPrincipal"?: string;
  "Operations": Array<GrantOperation>;
  "Constraints"?: GrantConstraints;
  "GrantTokens"?: Array<string>;
  "Name"?: string;
  "DryRun"?: boolean;
}

export interface CreateGrantResponse {
  "GrantToken"?: string;
  "GrantId"?: string;
}

export type KeyUsageType = "SIGN_VERIFY" | "ENCRYPT_DECRYPT" | "GENERATE_VERIFY_MAC" | "KEY_AGREEMENT";

export type CustomerMasterKeySpec = "RSA_2048" | "RSA_3072" | "RSA_4096" | "ECC_NIST_P256" | "ECC_NIST_P384" | "ECC_NIST_P521" | "ECC_SECG_P256K1" | "SYMMETRIC_DEFAULT" | "HMAC_224" | "HMAC_256" | "HMAC_384" | "HMAC_512" | "SM2";

export type KeySpec = "RSA_2048" | "RSA_3072" | "RSA_4096" | "ECC_NIST_P256" | "ECC_NIST_P384" | "ECC_NIST_P521" | "ECC_SECG_P256K1" | "SYMMETRIC_DEFAULT" | "HMAC_224" | "HMAC_256" | "HMAC_384" | "HMAC_512" | "SM2" | "ML_DSA_44" | "ML_DSA_65" | "ML_DSA_87" | "ECC_NIST_EDWARDS25519";

export type OriginType = "AWS_KMS" | "EXTERNAL" | "AWS_CLOUDHSM" | "EXTERNAL_KEY_STORE";

export interface Tag {
  "TagKey": string;
  "TagValue": string;
}

export interface CreateKeyRequest {
  "Policy"?: string;
  "Description"?: string;
  "KeyUsage"?: KeyUsageType;
  "CustomerMasterKeySpec"?: CustomerMasterKeySpec;
  "KeySpec"?: KeySpec;
  "Origin"?: OriginType;
  "CustomKeyStoreId"?: string;
  "BypassPolicyLockoutSafetyCheck"?: boolean;
  "Tags"?: Array<Tag>;
  "MultiRegion"?: boolean;
  "XksKeyId"?: string;
}

export type KeyState = "Creating" | "Enabled" | "Disabled" | "PendingDeletion" | "PendingImport" | "PendingReplicaDeletion" | "Unavailable" | "Updating";

export type ExpirationModelType = "KEY_MATERIAL_EXPIRES" | "KEY_MATERIAL_DOES_NOT_EXPIRE";

export type KeyManagerType = "AWS" | "CUSTOMER";

export type EncryptionAlgorithmSpec = "SYMMETRIC_DEFAULT" | "RSAES_OAEP_SHA_1" | "RSAES_OAEP_SHA_256" | "SM2PKE";

export type SigningAlgorithmSpec = "RSASSA_PSS_SHA_256" | "RSASSA_PSS_SHA_384" | "RSASSA_PSS_SHA_512" | "RSASSA_PKCS1_V1_5_SHA_256" | "RSASSA_PKCS1_V1_5_SHA_384" | "RSASSA_PKCS1_V1_5_SHA_512" | "ECDSA_SHA_256" | "ECDSA_SHA_384" | "ECDSA_SHA_512" | "SM2DSA" | "ML_DSA_SHAKE_256" | "ED25519_SHA_512" | "ED25519_PH_SHA_512";

export type KeyAgreementAlgorithmSpec = "ECDH";

export type MultiRegionKeyType = "PRIMARY" | "REPLICA";

export interface MultiRegionKey {
  "Arn"?: string;
  "Region"?: string;
}

export interface MultiRegionConfiguration {
  "MultiRegionKeyType"?: MultiRegionKeyType;
  "PrimaryKey"?: MultiRegionKey;
  "ReplicaKeys"?: Array<MultiRegionKey>;
}

export type MacAlgorithmSpec = "HMAC_SHA_224" | "HMAC_SHA_256" | "HMAC_SHA_384" | "HMAC_SHA_512";

export interface XksKeyConfigurationType {
  "Id"?: string;
}

export interface KeyMetadata {
  "AWSAccountId"?: string;
  "KeyId": string;
  "Arn"?: string;
  "CreationDate"?: Date;
  "Enabled"?: boolean;
  "Description"?: string;
  "KeyUsage"?: KeyUsageType;
  "KeyState"?: KeyState;
  "DeletionDate"?: Date;
  "ValidTo"?: Date;
  "Origin"?: OriginType;
  "CustomKeyStoreId"?: string;
  "CloudHsmClusterId"?: string;
  "ExpirationModel"?: ExpirationModelType;
  "KeyManager"?: KeyManagerType;
  "CustomerMasterKeySpec"?: CustomerMasterKeySpec;
  "KeySpec"?: KeySpec;
  "EncryptionAlgorithms"?: Array<EncryptionAlgorithmSpec>;
  "SigningAlgorithms"?: Array<SigningAlgorithmSpec>;
  "KeyAgreementAlgorithms"?: Array<KeyAgreementAlgorithmSpec>;
  "MultiRegion"?: boolean;
  "MultiRegionConfiguration"?: MultiRegionConfiguration;
  "PendingDeletionWindowInDays"?: number;
  "MacAlgorithms"?: Array<MacAlgorithmSpec>;
  "XksKeyConfiguration"?: XksKeyConfigurationType;
  "CurrentKeyMaterialId"?: string;
}

export interface CreateKeyResponse {
  "KeyMetadata"?: KeyMetadata;
}

export type KeyEncryptionMechanism = "RSAES_OAEP_SHA_256";

export interface RecipientInfo {
  "KeyEncryptionAlgorithm"?: KeyEncryptionMechanism;
  "AttestationDocument"?: Uint8Array;
}

export type DryRunModifierType = "IGNORE_CIPHERTEXT";

export interface DecryptRequest {
  "CiphertextBlob"?: Uint8Array;
  "EncryptionContext"?: Record<string, string>;
  "GrantTokens"?: Array<string>;
  "KeyId"?: string;
  "EncryptionAlgorithm"?: EncryptionAlgorithmSpec;
  "Recipient"?: RecipientInfo;
  "DryRun"?: boolean;
  "DryRunModifiers"?: Array<DryRunModifierType>;
}

export interface DecryptResponse {
  "KeyId"?: string;
  "Plaintext"?: Uint8Array;
  "EncryptionAlgorithm"?: EncryptionAlgorithmSpec;
  "CiphertextForRecipient"?: Uint8Array;
  "KeyMaterialId"?: string;
}

export interface DeleteAliasRequest {
  "AliasName": string;
}

export interface DeleteCustomKeyStoreRequest {
  "CustomKeyStoreId": string;
}

export interface DeleteCustomKeyStoreResponse {

}

export interface DeleteImportedKeyMaterialRequest {
  "KeyId": string;
  "KeyMaterialId"?: string;
}

export interface DeleteImportedKeyMaterialResponse {
  "KeyId"?: string;
  "KeyMaterialId"?: string;
}

export interface DeriveSharedSecretRequest {
  "KeyId": string;
  "KeyAgreementAlgorithm": KeyAgreementAlgorithmSpec;
  "PublicKey": Uint8Array;
  "GrantTokens"?: Array<string>;
  "DryRun"?: boolean;
  "Recipient"?: RecipientInfo;
}

export interface DeriveSharedSecretResponse {
  "KeyId"?: string;
  "SharedSecret"?: Uint8Array;
  "CiphertextForRecipient"?: Uint8Array;
  "KeyAgreementAlgorithm"?: KeyAgreementAlgorithmSpec;
  "KeyOrigin"?: OriginType;
}

export interface DescribeCustomKeyStoresRequest {
  "CustomKeyStoreId"?: string;
  "CustomKeyStoreName"?: string;
  "Limit"?: number;
  "Marker"?: string;
}

export type ConnectionStateType = "CONNECTED" | "CONNECTING" | "FAILED" | "DISCONNECTED" | "DISCONNECTING";

export type ConnectionErrorCodeType = "INVALID_CREDENTIALS" | "CLUSTER_NOT_FOUND" | "NETWORK_ERRORS" | "INTERNAL_ERROR" | "INSUFFICIENT_CLOUDHSM_HSMS" | "USER_LOCKED_OUT" | "USER_NOT_FOUND" | "USER_LOGGED_IN" | "SUBNET_NOT_FOUND" | "INSUFFICIENT_FREE_ADDRESSES_IN_SUBNET" | "XKS_PROXY_ACCESS_DENIED" | "XKS_PROXY_NOT_REACHABLE" | "XKS_VPC_ENDPOINT_SERVICE_NOT_FOUND" | "XKS_PROXY_INVALID_RESPONSE" | "XKS_PROXY_INVALID_CONFIGURATION" | "XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION" | "XKS_PROXY_TIMED_OUT" | "XKS_PROXY_INVALID_TLS_CONFIGURATION";

export interface XksProxyConfigurationType {
  "Connectivity"?: XksProxyConnectivityType;
  "AccessKeyId"?: string;
  "UriEndpoint"?: string;
  "UriPath"?: string;
  "VpcEndpointServiceName"?: string;
  "VpcEndpointServiceOwner"?: string;
}

export interface CustomKeyStoresListEntry {
  "CustomKeyStoreId"?: string;
  "CustomKeyStoreName"?: string;
  "CloudHsmClusterId"?: string;
  "TrustAnchorCertificate"?: string;
  "ConnectionState"?: ConnectionStateType;
  "ConnectionErrorCode"?: ConnectionErrorCodeType;
  "CreationDate"?: Date;
  "CustomKeyStoreType"?: CustomKeyStoreType;
  "XksProxyConfiguration"?: XksProxyConfigurationType;
}

export interface DescribeCustomKeyStoresResponse {
  "CustomKeyStores"?: Array<CustomKeyStoresListEntry>;
  "NextMarker"?: string;
  "Truncated"?: boolean;
}

export interface DescribeKeyRequest {
  "KeyId": string;
  "GrantTokens"?: Array<string>;
}

export interface DescribeKeyResponse {
  "KeyMetadata"?: KeyMetadata;
}

export interface DisableKeyRequest {
  "KeyId": string;
}

export interface DisableKeyRotationRequest {
  "KeyId": string;
}

export interface DisconnectCustomKeyStoreRequest {
  "CustomKeyStoreId": string;
}

export interface DisconnectCustomKeyStoreResponse {

}

export interface EnableKeyRequest {
  "KeyId": string;
}

export interface EnableKeyRotationRequest {
  "KeyId": string;
  "RotationPeriodInDays"?: number;
}

export interface EncryptRequest {
  "KeyId": string;
  "Plaintext": Uint8Array;
  "EncryptionContext"?: Record<string, string>;
  "GrantTokens"?: Array<string>;
  "EncryptionAlgorithm"?: EncryptionAlgorithmSpec;
  "DryRun"?: boolean;
}

export interface EncryptResponse {
  "CiphertextBlob"?: Uint8Array;
  "KeyId"?: string;
  "EncryptionAlgorithm"?: EncryptionAlgorithmSpec;
}

export type DataKeySpec = "AES_256" | "AES_128";

export interface GenerateDataKeyRequest {
  "KeyId": string;
  "EncryptionContext"?: Record<string, string>;
  "NumberOfBytes"?: number;
  "KeySpec"?: DataKeySpec;
  "GrantTokens"?: Array<string>;
  "Recipient"?: RecipientInfo;
  "DryRun"?: boolean;
}

export interface GenerateDataKeyResponse {
  "CiphertextBlob"?: Uint8Array;
  "Plaintext"?: Uint8Array;
  "KeyId"?: string;
  "CiphertextForRecipient"?: Uint8Array;
  "KeyMaterialId"?: string;
}

export type DataKeyPairSpec = "RSA_2048" | "RSA_3072" | "RSA_4096" | "ECC_NIST_P256" | "ECC_NIST_P384" | "ECC_NIST_P521" | "ECC_SECG_P256K1" | "SM2" | "ECC_NIST_EDWARDS25519";

export interface GenerateDataKeyPairRequest {
  "EncryptionContext"?: Record<string, string>;
  "KeyId": string;
  "KeyPairSpec": DataKeyPairSpec;
  "GrantTokens"?: Array<string>;
  "Recipient"?: RecipientInfo;
  "DryRun"?: boolean;
}

export interface GenerateDataKeyPairResponse {
  "PrivateKeyCiphertextBlob"?: Uint8Array;
  "PrivateKeyPlaintext"?: Uint8Array;
  "PublicKey"?: Uint8Array;
  "KeyId"?: string;
  "KeyPairSpec"?: DataKeyPairSpec;
  "CiphertextForRecipient"?: Uint8Array;
  "KeyMaterialId"?: string;
}

export interface GenerateDataKeyPairWithoutPlaintextRequest {
  "EncryptionContext"?: Record<string, string>;
  "KeyId": string;
  "KeyPairSpec": DataKeyPairSpec;
  "GrantTokens"?: Array<string>;
  "DryRun"?: boolean;
}

export interface GenerateDataKeyPairWithoutPlaintextResponse {
  "PrivateKeyCiphertextBlob"?: Uint8Array;
  "PublicKey"?: Uint8Array;
  "KeyId"?: string;
  "KeyPairSpec"?: DataKeyPairSpec;
  "KeyMaterialId"?: string;
}

export interface GenerateDataKeyWithoutPlaintextRequest {
  "KeyId": string;
  "EncryptionContext"?: Record<string, string>;
  "KeySpec"?: DataKeySpec;
  "NumberOfBytes"?: number;
  "GrantTokens"?: Array<string>;
  "DryRun"?: boolean;
}

export interface GenerateDataKeyWithoutPlaintextResponse {
  "CiphertextBlob"?: Uint8Array;
  "KeyId"?: string;
  "KeyMaterialId"?: string;
}

export interface GenerateMacRequest {
  "Message": Uint8Array;
  "KeyId": string;
  "MacAlgorithm": MacAlgorithmSpec;
  "GrantTokens"?: Array<string>;
  "DryRun"?: boolean;
}

export interface GenerateMacResponse {
  "Mac"?: Uint8Array;
  "MacAlgorithm"?: MacAlgorithmSpec;
  "KeyId"?: string;
}

export interface GenerateRandomRequest {
  "NumberOfBytes"?: number;
  "CustomKeyStoreId"?: string;
  "Recipient"?: RecipientInfo;
}

export interface GenerateRandomResponse {
  "Plaintext"?: Uint8Array;
  "CiphertextForRecipient"?: Uint8Array;
}

export interface GetKeyLastUsageRequest {
  "KeyId": string;
}

export type KeyLastUsageTrackingOperation = "Decrypt" | "DeriveSharedSecret" | "Encrypt" | "GenerateDataKey" | "GenerateDataKeyPair" | "GenerateDataKeyPairWithoutPlaintext" | "GenerateDataKeyWithoutPlaintext" | "GenerateMac" | "ReEncrypt" | "Sign" | "Verify" | "VerifyMac";

export interface KeyLastUsageData {
  "Operation"?: KeyLastUsageTrackingOperation;
  "Timestamp"?: Date;
  "CloudTrailEventId"?: string;
  "KmsRequestId"?: string;
}

export interface GetKeyLastUsageResponse {
  "KeyId"?: string;
  "KeyLastUsage"?: KeyLastUsageData;
  "TrackingStartDate"?: Date;
  "KeyCreationDate"?: Date;
}

export interface GetKeyPolicyRequest {
  "KeyId": string;
  "PolicyName"?: string;
}

export interface GetKeyPolicyResponse {
  "Policy"?: string;
  "PolicyName"?: string;
}

export interface GetKeyRotationStatusRequest {
  "KeyId": string;
}

export interface GetKeyRotationStatusResponse {
  "KeyRotationEnabled"?: boolean;
  "KeyId"?: string;
  "RotationPeriodInDays"?: number;
  "NextRotationDate"?: Date;
  "OnDemandRotationStartDate"?: Date;
}

export type AlgorithmSpec = "RSAES_PKCS1_V1_5" | "RSAES_OAEP_SHA_1" | "RSAES_OAEP_SHA_256" | "RSA_AES_KEY_WRAP_SHA_1" | "RSA_AES_KEY_WRAP_SHA_256" | "SM2PKE";

export type WrappingKeySpec = "RSA_2048" | "RSA_3072" | "RSA_4096" | "SM2";

export interface GetParametersForImportRequest {
  "KeyId": string;
  "WrappingAlgorithm": AlgorithmSpec;
  "WrappingKeySpec": WrappingKeySpec;
}

export interface GetParametersForImportResponse {
  "KeyId"?: string;
  "ImportToken"?: Uint8Array;
  "PublicKey"?: Uint8Array;
  "ParametersValidTo"?: Date;
}

export interface GetPublicKeyRequest {
  "KeyId": string;
  "GrantTokens"?: Array<string>;
}

export interface GetPublicKeyResponse {
  "KeyId"?: string;
  "PublicKey"?: Uint8Array;
  "CustomerMasterKeySpec"?: CustomerMasterKeySpec;
  "KeySpec"?: KeySpec;
  "KeyUsage"?: KeyUsageType;
  "EncryptionAlgorithms"?: Array<EncryptionAlgorithmSpec>;
  "SigningAlgorithms"?: Array<SigningAlgorithmSpec>;
  "KeyAgreementAlgorithms"?: Array<KeyAgreementAlgorithmSpec>;
}

export type ImportType = "NEW_KEY_MATERIAL" | "EXISTING_KEY_MATERIAL";

export interface ImportKeyMaterialRequest {
  "KeyId": string;
  "ImportToken": Uint8Array;
  "EncryptedKeyMaterial": Uint8Array;
  "ValidTo"?: Date;
  "ExpirationModel"?: ExpirationModelType;
  "ImportType"?: ImportType;
  "KeyMaterialDescription"?: string;
  "KeyMaterialId"?: string;
}

export interface ImportKeyMaterialResponse {
  "KeyId"?: string;
  "KeyMaterialId"?: string;
}

export interface ListAliasesRequest {
  "KeyId"?: string;
  "Limit"?: number;
  "Marker"?: string;
}

export interface AliasListEntry {
  "AliasName"?: string;
  "AliasArn"?: string;
  "TargetKeyId"?: string;
  "CreationDate"?: Date;
  "LastUpdatedDate"?: Date;
}

export interface ListAliasesResponse {
  "Aliases"?: Array<AliasListEntry>;
  "NextMarker"?: string;
  "Truncated"?: boolean;
}

export interface ListGrantsRequest {
  "Limit"?: number;
  "Marker"?: string;
  "KeyId": string;
  "GrantId"?: string;
  "GranteePrincipal"?: string;
}

export interface GrantListEntry {
  "KeyId"?: string;
  "GrantId"?: string;
  "Name"?: string;
  "CreationDate"?: Date;
  "GranteePrincipal"?: string;
  "RetiringPrincipal"?: string;
  "IssuingAccount"?: string;
  "Operations"?: Array<GrantOperation>;
  "Constraints"?: GrantConstraints;
}

export interface ListGrantsResponse {
  "Grants"?: Array<GrantListEntry>;
  "NextMarker"?: string;
  "Truncated"?: boolean;
}

export interface ListKeyPoliciesRequest {
  "KeyId": string;
  "Limit"?: number;
  "Marker"?: string;
}

export interface ListKeyPoliciesResponse {
  "PolicyNames"?: Array<string>;
  "NextMarker"?: string;
  "Truncated"?: boolean;
}

export type IncludeKeyMaterial = "ALL_KEY_MATERIAL" | "ROTATIONS_ONLY";

export interface ListKeyRotationsRequest {
  "KeyId": string;
  "IncludeKeyMaterial"?: IncludeKeyMaterial;
  "Limit"?: number;
  "Marker"?: string;
}

export type ImportState = "IMPORTED" | "PENDING_IMPORT";

export type KeyMaterialState = "NON_CURRENT" | "CURRENT" | "PENDING_ROTATION" | "PENDING_MULTI_REGION_IMPORT_AND_ROTATION";

export type RotationType = "AUTOMATIC" | "ON_DEMAND";

export interface RotationsListEntry {
  "KeyId"?: string;
  "KeyMaterialId"?: string;
  "KeyMaterialDescription"?: string;
  "ImportState"?: ImportState;
  "KeyMaterialState"?: KeyMaterialState;
  "ExpirationModel"?: ExpirationModelType;
  "ValidTo"?: Date;
  "RotationDate"?: Date;
  "RotationType"?: RotationType;
}

export interface ListKeyRotationsResponse {
  "Rotations"?: Array<RotationsListEntry>;
  "NextMarker"?: string;
  "Truncated"?: boolean;
}

export interface ListKeysRequest {
  "Limit"?: number;
  "Marker"?: string;
}

export interface KeyListEntry {
  "KeyId"?: string;
  "KeyArn"?: string;
}

export interface ListKeysResponse {
  "Keys"?: Array<KeyListEntry>;
  "NextMarker"?: string;
  "Truncated"?: boolean;
}

export interface ListResourceTagsRequest {
  "KeyId": string;
  "Limit"?: number;
  "Marker"?: string;
}

export interface ListResourceTagsResponse {
  "Tags"?: Array<Tag>;
  "NextMarker"?: string;
  "Truncated"?: boolean;
}

export interface ListRetirableGrantsRequest {
  "Limit"?: number;
  "Marker"?: string;
  "RetiringPrincipal": string;
}

export interface PutKeyPolicyRequest {
  "KeyId": string;
  "PolicyName"?: string;
  "Policy": string;
  "BypassPolicyLockoutSafetyCheck"?: boolean;
}

export interface ReEncryptRequest {
  "CiphertextBlob"?: Uint8Array;
  "SourceEncryptionContext"?: Record<string, string>;
  "SourceKeyId"?: string;
  "DestinationKeyId": string;
  "DestinationEncryptionContext"?: Record<string, string>;
  "SourceEncryptionAlgorithm"?: EncryptionAlgorithmSpec;
  "DestinationEncryptionAlgorithm"?: EncryptionAlgorithmSpec;
  "GrantTokens"?: Array<string>;
  "DryRun"?: boolean;
  "DryRunModifiers"?: Array<DryRunModifierType>;
}

export interface ReEncryptResponse {
  "CiphertextBlob"?: Uint8Array;
  "SourceKeyId"?: string;
  "KeyId"?: string;
  "SourceEncryptionAlgorithm"?: EncryptionAlgorithmSpec;
  "DestinationEncryptionAlgorithm"?: EncryptionAlgorithmSpec;
  "SourceKeyMaterialId"?: string;
  "DestinationKeyMaterialId"?: string;
}

export interface ReplicateKeyRequest {
  "KeyId": string;
  "ReplicaRegion": string;
  "Policy"?: string;
  "BypassPolicyLockoutSafetyCheck"?: boolean;
  "Description"?: string;
  "Tags"?: Array<Tag>;
}

export interface ReplicateKeyResponse {
  "ReplicaKeyMetadata"?: KeyMetadata;
  "ReplicaPolicy"?: string;
  "ReplicaTags"?: Array<Tag>;
}

export interface RetireGrantRequest {
  "GrantToken"?: string;
  "KeyId"?: string;
  "GrantId"?: string;
  "DryRun"?: boolean;
}

export interface RevokeGrantRequest {
  "KeyId": string;
  "GrantId": string;
  "DryRun"?: boolean;
}

export interface RotateKeyOnDemandRequest {
  "KeyId": string;
}

export interface RotateKeyOnDemandResponse {
  "KeyId"?: string;
}

export interface ScheduleKeyDeletionRequest {
  "KeyId": string;
  "PendingWindowInDays"?: number;
}

export interface ScheduleKeyDeletionResponse {
  "KeyId"?: string;
  "DeletionDate"?: Date;
  "KeyState"?: KeyState;
  "PendingWindowInDays"?: number;
}

export type MessageType = "RAW" | "DIGEST" | "EXTERNAL_MU";

export interface SignRequest {
  "KeyId": string;
  "Message": Uint8Array;
  "MessageType"?: MessageType;
  "GrantTokens"?: Array<string>;
  "SigningAlgorithm": SigningAlgorithmSpec;
  "DryRun"?: boolean;
}

export interface SignResponse {
  "KeyId"?: string;
  "Signature"?: Uint8Array;
  "SigningAlgorithm"?: SigningAlgorithmSpec;
}

export interface TagResourceRequest {
  "KeyId": string;
  "Tags": Array<Tag>;
}

export interface UntagResourceRequest {
  "KeyId": string;
  "TagKeys": Array<string>;
}

export interface UpdateAliasRequest {
  "AliasName": string;
  "TargetKeyId": string;
}

export interface UpdateCustomKeyStoreRequest {
  "CustomKeyStoreId": string;
  "NewCustomKeyStoreName"?: string;
  "KeyStorePassword"?: string;
  "CloudHsmClusterId"?: string;
  "XksProxyUriEndpoint"?: string;
  "XksProxyUriPath"?: string;
  "XksProxyVpcEndpointServiceName"?: string;
  "XksProxyVpcEndpointServiceOwner"?: string;
  "XksProxyAuthenticationCredential"?: XksProxyAuthenticationCredentialType;
  "XksProxyConnectivity"?: XksProxyConnectivityType;
}

export interface UpdateCustomKeyStoreResponse {

}

export interface UpdateKeyDescriptionRequest {
  "KeyId": string;
  "Description": string;
}

export interface UpdatePrimaryRegionRequest {
  "KeyId": string;
  "PrimaryRegion": string;
}

export interface VerifyRequest {
  "KeyId": string;
  "Message": Uint8Array;
  "MessageType"?: MessageType;
  "Signature": Uint8Array;
  "SigningAlgorithm": SigningAlgorithmSpec;
  "GrantTokens"?: Array<string>;
  "DryRun"?: boolean;
}

export interface VerifyResponse {
  "KeyId"?: string;
  "SignatureValid"?: boolean;
  "SigningAlgorithm"?: SigningAlgorithmSpec;
}

export interface VerifyMacRequest {
  "Message": Uint8Array;
  "KeyId": string;
  "MacAlgorithm": MacAlgorithmSpec;
  "Mac": Uint8Array;
  "GrantTokens"?: Array<string>;
  "DryRun"?: boolean;
}

export interface VerifyMacResponse {
  "KeyId"?: string;
  "MacValid"?: boolean;
  "MacAlgorithm"?: MacAlgorithmSpec;
}

/** Every operation of the KMS model; a provider implements the ones Nimbus serves. */
export interface KmsOperations {
  cancelKeyDeletion(input: CancelKeyDeletionRequest, context: CallContext): Promise<CancelKeyDeletionResponse>;
  connectCustomKeyStore(input: ConnectCustomKeyStoreRequest, context: CallContext): Promise<ConnectCustomKeyStoreResponse>;
  createAlias(input: CreateAliasRequest, context: CallContext): Promise<void>;
  createCustomKeyStore(input: CreateCustomKeyStoreRequest, context: CallContext): Promise<CreateCustomKeyStoreResponse>;
  createGrant(input: CreateGrantRequest, context: CallContext): Promise<CreateGrantResponse>;
  createKey(input: CreateKeyRequest, context: CallContext): Promise<CreateKeyResponse>;
  decrypt(input: DecryptRequest, context: CallContext): Promise<DecryptResponse>;
  deleteAlias(input: DeleteAliasRequest, context: CallContext): Promise<void>;
  deleteCustomKeyStore(input: DeleteCustomKeyStoreRequest, context: CallContext): Promise<DeleteCustomKeyStoreResponse>;
  deleteImportedKeyMaterial(input: DeleteImportedKeyMaterialRequest, context: CallContext): Promise<DeleteImportedKeyMaterialResponse>;
  deriveSharedSecret(input: DeriveSharedSecretRequest, context: CallContext): Promise<DeriveSharedSecretResponse>;
  describeCustomKeyStores(input: DescribeCustomKeyStoresRequest, context: CallContext): Promise<DescribeCustomKeyStoresResponse>;
  describeKey(input: DescribeKeyRequest, context: CallContext): Promise<DescribeKeyResponse>;
  disableKey(input: DisableKeyRequest, context: CallContext): Promise<void>;
  disableKeyRotation(input: DisableKeyRotationRequest, context: CallContext): Promise<void>;
  disconnectCustomKeyStore(input: DisconnectCustomKeyStoreRequest, context: CallContext): Promise<DisconnectCustomKeyStoreResponse>;
  enableKey(input: EnableKeyRequest, context: CallContext): Promise<void>;
  enableKeyRotation(input: EnableKeyRotationRequest, context: CallContext): Promise<void>;
  encrypt(input: EncryptRequest, context: CallContext): Promise<EncryptResponse>;
  generateDataKey(input: GenerateDataKeyRequest, context: CallContext): Promise<GenerateDataKeyResponse>;
  generateDataKeyPair(input: GenerateDataKeyPairRequest, context: CallContext): Promise<GenerateDataKeyPairResponse>;
  generateDataKeyPairWithoutPlaintext(input: GenerateDataKeyPairWithoutPlaintextRequest, context: CallContext): Promise<GenerateDataKeyPairWithoutPlaintextResponse>;
  generateDataKeyWithoutPlaintext(input: GenerateDataKeyWithoutPlaintextRequest, context: CallContext): Promise<GenerateDataKeyWithoutPlaintextResponse>;
  generateMac(input: GenerateMacRequest, context: CallContext): Promise<GenerateMacResponse>;
  generateRandom(input: GenerateRandomRequest, context: CallContext): Promise<GenerateRandomResponse>;
  getKeyLastUsage(input: GetKeyLastUsageRequest, context: CallContext): Promise<GetKeyLastUsageResponse>;
  getKeyPolicy(input: GetKeyPolicyRequest, context: CallContext): Promise<GetKeyPolicyResponse>;
  getKeyRotationStatus(input: GetKeyRotationStatusRequest, context: CallContext): Promise<GetKeyRotationStatusResponse>;
  getParametersForImport(input: GetParametersForImportRequest, context: CallContext): Promise<GetParametersForImportResponse>;
  getPublicKey(input: GetPublicKeyRequest, context: CallContext): Promise<GetPublicKeyResponse>;
  importKeyMaterial(input: ImportKeyMaterialRequest, context: CallContext): Promise<ImportKeyMaterialResponse>;
  listAliases(input: ListAliasesRequest, context: CallContext): Promise<ListAliasesResponse>;
  listGrants(input: ListGrantsRequest, context: CallContext): Promise<ListGrantsResponse>;
  listKeyPolicies(input: ListKeyPoliciesRequest, context: CallContext): Promise<ListKeyPoliciesResponse>;
  listKeyRotations(input: ListKeyRotationsRequest, context: CallContext): Promise<ListKeyRotationsResponse>;
  listKeys(input: ListKeysRequest, context: CallContext): Promise<ListKeysResponse>;
  listResourceTags(input: ListResourceTagsRequest, context: CallContext): Promise<ListResourceTagsResponse>;
  listRetirableGrants(input: ListRetirableGrantsRequest, context: CallContext): Promise<ListGrantsResponse>;
  putKeyPolicy(input: PutKeyPolicyRequest, context: CallContext): Promise<void>;
  reEncrypt(input: ReEncryptRequest, context: CallContext): Promise<ReEncryptResponse>;
  replicateKey(input: ReplicateKeyRequest, context: CallContext): Promise<ReplicateKeyResponse>;
  retireGrant(input: RetireGrantRequest, context: CallContext): Promise<void>;
  revokeGrant(input: RevokeGrantRequest, context: CallContext): Promise<void>;
  rotateKeyOnDemand(input: RotateKeyOnDemandRequest, context: CallContext): Promise<RotateKeyOnDemandResponse>;
  scheduleKeyDeletion(input: ScheduleKeyDeletionRequest, context: CallContext): Promise<ScheduleKeyDeletionResponse>;
  sign(input: SignRequest, context: CallContext): Promise<SignResponse>;
  tagResource(input: TagResourceRequest, context: CallContext): Promise<void>;
  untagResource(input: UntagResourceRequest, context: CallContext): Promise<void>;
  updateAlias(input: UpdateAliasRequest, context: CallContext): Promise<void>;
  updateCustomKeyStore(input: UpdateCustomKeyStoreRequest, context: CallContext): Promise<UpdateCustomKeyStoreResponse>;
  updateKeyDescription(input: UpdateKeyDescriptionRequest, context: CallContext): Promise<void>;
  updatePrimaryRegion(input: UpdatePrimaryRegionRequest, context: CallContext): Promise<void>;
  verify(input: VerifyRequest, context: CallContext): Promise<VerifyResponse>;
  verifyMac(input: VerifyMacRequest, context: CallContext): Promise<VerifyMacResponse>;
}
