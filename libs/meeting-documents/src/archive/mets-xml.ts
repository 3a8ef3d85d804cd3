import { create } from 'xmlbuilder2';
import { type DescribedFile, XML_OPTIONS } from './package-files.js';

export const METS_NS = 'http://www.loc.gov/METS/';
export const XLINK_NS = 'http://www.w3.org/1999/xlink';
export const CSIP_NS = 'https://DILCIS.eu/XML/METS/CSIPExtensionMETS';
/** The service as the METS agent that made the package. */
export const CREATING_AGENT = 'Samverkan (samverkansprotokoll och minnesanteckningar)';

export interface MetsInput {
  /** The package's identifier (METS OBJID). */
  objId: string;
  /** "Protokoll 2/2019, FSG/VSG Socialförvaltningen, 2019-02-25" */
  label: string;
  /** ISO 8601 instant: when the package was made. */
  createdAt: string;
  /** metadata/descriptive/meeting.xml */
  descriptive: DescribedFile;
  /** The files of representations/rep1/data, in the package's order. */
  data: readonly DescribedFile[];
}

const checksum = (file: DescribedFile) => ({
  MIMETYPE: file.mimeType,
  SIZE: String(file.size),
  CHECKSUM: file.sha256,
  CHECKSUMTYPE: 'SHA-256',
});

/**
 * The package's METS.xml after E-ARK CSIP (and the Swedish FGS Paketstruktur built on it): the
 * header with the creating agent, the descriptive metadata by reference, every data file with its
 * MIME type, size and SHA-256, and a physical structMap of the folders. METS.xml does not list itself.
 */
export function buildMetsXml({ objId, label, createdAt, descriptive, data }: MetsInput): string {
  const root = create(XML_OPTIONS).ele(METS_NS, 'mets:mets', {
    'xmlns:xlink': XLINK_NS,
    'xmlns:csip': CSIP_NS,
    OBJID: objId,
    LABEL: label,
    TYPE: 'OTHER',
    'csip:OTHERTYPE': 'Samverkansmöte',
    PROFILE: 'https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml',
  });
  root
    .ele(METS_NS, 'mets:metsHdr', {
      CREATEDATE: createdAt,
      RECORDSTATUS: 'NEW',
      'csip:OAISPACKAGETYPE': 'SIP',
    })
    .ele(METS_NS, 'mets:agent', { ROLE: 'CREATOR', TYPE: 'OTHER', OTHERTYPE: 'SOFTWARE' })
    .ele(METS_NS, 'mets:name')
    .txt(CREATING_AGENT);

  root
    .ele(METS_NS, 'mets:dmdSec', { ID: 'dmd-meeting', CREATED: createdAt, STATUS: 'CURRENT' })
    .ele(METS_NS, 'mets:mdRef', {
      LOCTYPE: 'URL',
      'xlink:type': 'simple',
      'xlink:href': descriptive.path,
      MDTYPE: 'OTHER',
      OTHERMDTYPE: 'Samverkansmöte',
      ...checksum(descriptive),
      CREATED: createdAt,
    });

  const group = root
    .ele(METS_NS, 'mets:fileSec', { ID: 'filesec' })
    .ele(METS_NS, 'mets:fileGrp', { ID: 'filegrp-rep1', USE: 'Representations/rep1' });
  const fileId = (index: number) => `file-${index + 1}`;
  data.forEach((file, index) => {
    group
      .ele(METS_NS, 'mets:file', { ID: fileId(index), ...checksum(file), CREATED: createdAt })
      .ele(METS_NS, 'mets:FLocat', { LOCTYPE: 'URL', 'xlink:type': 'simple', 'xlink:href': file.path });
  });

  const top = root
    .ele(METS_NS, 'mets:structMap', { ID: 'structmap', TYPE: 'PHYSICAL', LABEL: 'CSIP' })
    .ele(METS_NS, 'mets:div', { ID: 'div-package', LABEL: objId });
  top.ele(METS_NS, 'mets:div', { ID: 'div-metadata', LABEL: 'Metadata', DMDID: 'dmd-meeting' });
  const representation = top.ele(METS_NS, 'mets:div', { ID: 'div-rep1', LABEL: 'Representations/rep1' });
  data.forEach((_file, index) => representation.ele(METS_NS, 'mets:fptr', { FILEID: fileId(index) }));

  return root.end({ prettyPrint: true });
}
