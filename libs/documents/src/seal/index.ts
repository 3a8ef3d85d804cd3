export { PdfSeal, asciiSafe, type SealDetails } from './pdf-seal.js';
export { checkSealCertificate, selfSignedSeal, type SealCertificate } from './seal-certificate.js';
