export { PdfSeal, asciiSafe, type SealDetails } from './pdf-seal.js';
export { selfSignedSeal, type SealCertificate } from './seal-certificate.js';
