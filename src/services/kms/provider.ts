import type { CallContext } from '../../common/call-context.js';
import type { ResourcePolicySource } from '../../common/policy/resource-policy.js';
import type { ServiceDeps } from '../service-deps.js';
import type { KmsOperations } from './api.generated.js';
import { Aliases } from './aliases.js';
import { Cryptography, keyIdOfCiphertext } from './cryptography.js';
import { grantStatements, Grants } from './grants.js';
import { Keys } from './keys.js';
import { KeyLookup } from './lookup.js';
import { KeySettings } from './settings.js';
import { Signing } from './signing.js';

type Served =
  | 'createKey' | 'describeKey' | 'listKeys' | 'enableKey' | 'disableKey' | 'updateKeyDescription' | 'scheduleKeyDeletion' | 'cancelKeyDeletion'
  | 'createAlias' | 'updateAlias' | 'deleteAlias' | 'listAliases'
  | 'encrypt' | 'decrypt' | 'reEncrypt' | 'generateDataKey' | 'generateDataKeyWithoutPlaintext' | 'generateRandom'
  | 'sign' | 'verify' | 'getPublicKey' | 'generateMac' | 'verifyMac'
  | 'getKeyPolicy' | 'putKeyPolicy' | 'listKeyPolicies' | 'enableKeyRotation' | 'disableKeyRotation' | 'getKeyRotationStatus'
  | 'tagResource' | 'untagResource' | 'listResourceTags'
  | 'createGrant' | 'listGrants' | 'listRetirableGrants' | 'retireGrant' | 'revokeGrant';

/** KMS: keys, aliases and the cryptographic operations, each answered by the part it belongs to. */
export function createKmsProvider(deps: ServiceDeps): Pick<KmsOperations, Served> & ResourcePolicySource {
  const lookup = new KeyLookup(deps);
  const keys = new Keys(deps, lookup);
  const aliases = new Aliases(deps, lookup);
  const cryptography = new Cryptography(lookup);
  const signing = new Signing(lookup);
  const settings = new KeySettings(keys, lookup);
  const grants = new Grants(deps, lookup);
  return {
    createKey: (input, context) => keys.createKey(input, context),
    describeKey: (input, context) => keys.describeKey(input, context),
    listKeys: (input, context) => keys.listKeys(input, context),
    enableKey: (input, context) => keys.enableKey(input, context),
    disableKey: (input, context) => keys.disableKey(input, context),
    updateKeyDescription: (input, context) => keys.updateKeyDescription(input, context),
    scheduleKeyDeletion: (input, context) => keys.scheduleKeyDeletion(input, context),
    cancelKeyDeletion: (input, context) => keys.cancelKeyDeletion(input, context),
    createAlias: (input, context) => aliases.createAlias(input, context),
    updateAlias: (input, context) => aliases.updateAlias(input, context),
    deleteAlias: (input, context) => aliases.deleteAlias(input, context),
    listAliases: (input, context) => aliases.listAliases(input, context),
    encrypt: (input, context) => cryptography.encrypt(input, context),
    decrypt: (input, context) => cryptography.decrypt(input, context),
    reEncrypt: (input, context) => cryptography.reEncrypt(input, context),
    generateDataKey: (input, context) => cryptography.generateDataKey(input, context),
    generateDataKeyWithoutPlaintext: (input, context) => cryptography.generateDataKeyWithoutPlaintext(input, context),
    generateRandom: (input) => cryptography.generateRandom(input),
    sign: (input, context) => signing.sign(input, context),
    verify: (input, context) => signing.verify(input, context),
    getPublicKey: (input, context) => signing.getPublicKey(input, context),
    generateMac: (input, context) => signing.generateMac(input, context),
    verifyMac: (input, context) => signing.verifyMac(input, context),
    getKeyPolicy: (input, context) => settings.getKeyPolicy(input, context),
    putKeyPolicy: (input, context) => settings.putKeyPolicy(input, context),
    listKeyPolicies: (input, context) => settings.listKeyPolicies(input, context),
    enableKeyRotation: (input, context) => settings.enableKeyRotation(input, context),
    disableKeyRotation: (input, context) => settings.disableKeyRotation(input, context),
    getKeyRotationStatus: (input, context) => settings.getKeyRotationStatus(input, context),
    tagResource: (input, context) => settings.tagResource(input, context),
    untagResource: (input, context) => settings.untagResource(input, context),
    listResourceTags: (input, context) => settings.listResourceTags(input, context),
    createGrant: (input, context) => grants.createGrant(input, context),
    listGrants: (input, context) => grants.listGrants(input, context),
    listRetirableGrants: (input, context) => grants.listRetirableGrants(input, context),
    retireGrant: (input, context) => grants.retireGrant(input, context),
    revokeGrant: (input, context) => grants.revokeGrant(input, context),
    /** Decrypt and ReEncrypt without a key id act on the key their ciphertext names. */
    async implicitResource(operation, input, { account, region }) {
      if (operation !== 'Decrypt' && operation !== 'ReEncrypt') return undefined;
      const keyId = keyIdOfCiphertext(input['CiphertextBlob']);
      return keyId ? `arn:aws:kms:${region}:${account}:key/${keyId}` : undefined;
    },
    /** The key policy (with the key's grants as statements) of the key an ARN (key or alias) names, and the key's ARN, for IAM enforcement. */
    async resourcePolicy(arn) {
      const [, , , region, account] = arn.split(':');
      const key = await lookup.find(arn, { account, region } as CallContext).catch(() => undefined);
      if (!key) return undefined;
      const granted = grantStatements(await grants.of(key));
      return { arn: key.arn, policy: granted.length ? withStatements(key.policy, granted) : key.policy };
    },
  };
}

/** The key policy with more statements; a policy that does not parse is left for the evaluator to refuse. */
function withStatements(policy: string, statements: unknown[]): string {
  try {
    const document = JSON.parse(policy) as { Statement?: unknown };
    const existing = Array.isArray(document.Statement) ? document.Statement : document.Statement ? [document.Statement] : [];
    return JSON.stringify({ ...document, Statement: [...existing, ...statements] });
  } catch {
    return policy;
  }
}
