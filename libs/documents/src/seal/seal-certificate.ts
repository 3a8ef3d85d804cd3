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

/**
 * Reads the PKCS#12 as the signer will, so that a wrong file or password is said when the seal is
 * loaded (at start, for a configured one), not on the first justerat download.
 */
export function checkSealCertificate(certificate: SealCertificate): void {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(certificate.p12.toString('binary')));
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, certificate.password);
  } catch (error) {
    throw new Error(
      `The seal's PKCS#12 cannot be read (not a PKCS#12 file, or a wrong SEAL_P12_PASSWORD): ${(error as Error).message}`,
      { cause: error },
    );
  }
  const keys = p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[
    forge.pki.oids.pkcs8ShroudedKeyBag
  ];
  const certificates = p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag];
  if (!keys?.[0]?.key || !certificates?.[0]?.cert)
    throw new Error(
      "The seal's PKCS#12 has no private key (in a shrouded key bag) and certificate to sign with",
    );
}
