import forge from 'node-forge';

/** A PKCS#12 file's bytes and its password: what signs the justerat protocol. */
export interface SealCertificate {
  p12: Buffer;
  password: string;
}

/**
 * A self-signed seal for an organisation that configured none (SEAL_P12_PATH): an RSA-2048 key
 * and a certificate for ten years, in a PKCS#12 file. A viewer then says the signature is valid
 * but the signer unknown; the verification page is what vouches for it.
 */
export function selfSignedSeal(commonName: string, password: string, now = new Date()): SealCertificate {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = keys.publicKey;
  certificate.serialNumber = `01${forge.util.bytesToHex(forge.random.getBytesSync(15))}`;
  certificate.validity.notBefore = new Date(now.getTime() - 24 * 3600 * 1000);
  certificate.validity.notAfter = new Date(now.getTime() + 10 * 365 * 24 * 3600 * 1000);
  const subject = [
    { name: 'commonName', value: commonName },
    { name: 'organizationName', value: commonName },
    { name: 'countryName', value: 'SE' },
  ];
  certificate.setSubject(subject);
  certificate.setIssuer(subject);
  certificate.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  certificate.sign(keys.privateKey, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [certificate], password, {
    algorithm: '3des',
    friendlyName: commonName,
  });
  return { p12: Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'), password };
}
