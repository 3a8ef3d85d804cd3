import { writeFileSync } from 'node:fs';
import { PdfRenderer } from '../pdf/pdf-renderer.js';
import { protocolFixture } from '../testing/protocol.fixtures.js';
import { asciiSafe, PdfSeal } from './pdf-seal.js';
import { selfSignedSeal } from './seal-certificate.js';

describe('PdfSeal', () => {
  it('seals a justerat protocol', async () => {
    const pdf = await new PdfRenderer().render(protocolFixture());
    const seal = new PdfSeal(selfSignedSeal('Exempelstads kommun', 'sigill'));
    const sealed = await seal.seal(pdf, {
      name: 'Exempelstads kommun',
      reason: 'Justerat protokoll',
      location: 'Sverige',
      contactInfo: 'samverkan@exempelstad.se',
      signingTime: new Date('2019-02-27T10:00:00Z'),
    });
    if (process.env.SEAL_OUT) writeFileSync(process.env.SEAL_OUT, sealed);
    expect(sealed.subarray(0, pdf.length - 10).equals(pdf.subarray(0, pdf.length - 10))).toBe(true);
    expect(sealed.toString('latin1')).toContain('/SubFilter /ETSI.CAdES.detached');
  });

  it('seals more than one document with the same seal', async () => {
    const pdf = await new PdfRenderer().render(protocolFixture());
    const seal = new PdfSeal(selfSignedSeal('Exempelstads kommun', 'sigill'));
    const details = {
      name: 'Exempelstads kommun',
      reason: 'Justerat protokoll',
      location: 'Sverige',
      contactInfo: 'samverkan@exempelstad.se',
      signingTime: new Date('2019-02-27T10:00:00Z'),
    };
    await seal.seal(pdf, details);
    const second = await seal.seal(pdf, details);
    expect(second.toString('latin1')).toContain('/SubFilter /ETSI.CAdES.detached');
  });

  it('refuses a PKCS#12 it cannot sign with, saying why', () => {
    const certificate = selfSignedSeal('Exempelstads kommun', 'sigill');
    expect(() => new PdfSeal({ ...certificate, password: 'fel' })).toThrow(/wrong SEAL_P12_PASSWORD/);
    expect(() => new PdfSeal({ p12: Buffer.from('inte en nyckel'), password: '' })).toThrow(/cannot be read/);
  });

  it('keeps the signature dictionary to safe ASCII', () => {
    expect(asciiSafe('Protokoll (justerat) för Göteborgs Stad \\ å')).toBe(
      'Protokoll justerat for Goteborgs Stad a',
    );
  });
});
