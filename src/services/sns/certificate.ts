import { createPublicKey, randomBytes, webcrypto, type KeyObject } from 'node:crypto';
import { Integer, Utf8String } from 'asn1js';
import { AttributeTypeAndValue, Certificate, Time } from 'pkijs';

const COMMON_NAME = '2.5.4.3';
const RSA_SHA256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };

/**
 * A self-signed X.509 certificate (version 3, sha256WithRSAEncryption) for the key Nimbus signs SNS
 * messages with: node:crypto reads certificates but does not make them, so pkijs builds this one.
 */
export async function selfSignedCertificate(privateKey: KeyObject, commonName: string, notBefore: Date, notAfter: Date): Promise<string> {
  const certificate = new Certificate();
  certificate.version = 2;
  const serial = randomBytes(16);
  serial[0] = (serial[0]! & 0x7f) | 0x40;
  certificate.serialNumber = new Integer({ valueHex: serial });
  for (const name of [certificate.issuer, certificate.subject]) {
    name.typesAndValues.push(new AttributeTypeAndValue({ type: COMMON_NAME, value: new Utf8String({ value: commonName }) }));
  }
  certificate.notBefore = validityTime(notBefore);
  certificate.notAfter = validityTime(notAfter);
  const publicKey = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  await certificate.subjectPublicKeyInfo.importKey(await webcrypto.subtle.importKey('spki', publicKey, RSA_SHA256, true, ['verify']));
  const signingKey = await webcrypto.subtle.importKey('pkcs8', privateKey.export({ type: 'pkcs8', format: 'der' }), RSA_SHA256, false, ['sign']);
  await certificate.sign(signingKey, 'SHA-256');
  const der = Buffer.from(certificate.toSchema(true).toBER(false));
  const lines = der.toString('base64').match(/.{1,64}/g)!;
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/** UTCTime through 2049, GeneralizedTime after, as RFC 5280 requires. */
function validityTime(date: Date): Time {
  return new Time({ type: date.getUTCFullYear() < 2050 ? 0 : 1, value: date });
}
