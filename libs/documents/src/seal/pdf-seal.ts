import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { P12Signer } from '@signpdf/signer-p12';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { checkSealCertificate, type SealCertificate } from './seal-certificate.js';

export interface SealDetails {
  /** Who seals: the organisation (ASCII is safest in the signature dictionary). */
  name: string;
  reason: string;
  location: string;
  contactInfo: string;
  /** The justering time: the same protocol seals to the same bytes' meaning every time. */
  signingTime: Date;
}

/** Room for the CMS signature (hex doubles it); a 4096-bit key with its certificate fits. */
const SIGNATURE_LENGTH = 16384;

/**
 * Seals a PDF with the organisation's certificate: a PAdES baseline signature
 * (ETSI.CAdES.detached) over the whole file, added as an incremental update so the PDF/A
 * identification and everything the renderer wrote stays as it was.
 */
export class PdfSeal {
  /** Refuses, with what is wrong, a PKCS#12 that cannot sign: unreadable, a wrong password, no key or certificate. */
  constructor(private readonly certificate: SealCertificate) {
    checkSealCertificate(certificate);
  }

  async seal(pdf: Buffer, details: SealDetails): Promise<Buffer> {
    const withPlaceholder = plainAddPlaceholder({
      pdfBuffer: pdf,
      reason: asciiSafe(details.reason),
      contactInfo: asciiSafe(details.contactInfo),
      name: asciiSafe(details.name),
      location: asciiSafe(details.location),
      signingTime: details.signingTime,
      signatureLength: SIGNATURE_LENGTH,
      subFilter: SUBFILTER_ETSI_CADES_DETACHED,
      appName: 'Samverkan',
    });
    // Before signing: the signature covers the whole file, the trailer included.
    // A P12Signer signs once: it reads its PKCS#12 from a forge buffer that the first sign() consumes.
    const signer = new P12Signer(this.certificate.p12, { passphrase: this.certificate.password });
    return new SignPdf().sign(pointStartxrefAtXref(withPlaceholder), signer, details.signingTime);
  }
}

/**
 * placeholder-plain points the new trailer's startxref at the line break before its "xref"
 * keyword, one byte early: lenient readers cope, qpdf --check warns and a strict PDF/A validator
 * fails. Point it at the keyword.
 */
export function pointStartxrefAtXref(pdf: Buffer): Buffer {
  const startxref = pdf.lastIndexOf('startxref');
  const xref = pdf.lastIndexOf('xref', startxref - 1);
  if (startxref < 0 || xref < 0) return pdf;
  const match = /^startxref\s+(\d+)/.exec(pdf.subarray(startxref, startxref + 40).toString('latin1'));
  if (!match || Number(match[1]) === xref) return pdf;
  const tail = pdf.subarray(startxref + match[0].length);
  return Buffer.concat([pdf.subarray(0, startxref), Buffer.from(`startxref\n${xref}`, 'latin1'), tail]);
}

/**
 * The placeholder writes its strings as PDF literal strings without escaping: keep to printable
 * ASCII without the characters that end or escape one, spelling å, ä, ö as a, a, o.
 */
export function asciiSafe(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '?')
    .replace(/[()\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
