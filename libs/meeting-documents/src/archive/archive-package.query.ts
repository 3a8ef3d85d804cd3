import { Query } from '@nestjs/cqrs';
import type { Audience } from '#libs/documents';
import type { Principal } from '#libs/identity';

export interface ArchivePackage {
  /** "fsg-vsg-socialforvaltningen-2-2019-2019-02-25.zip" */
  filename: string;
  body: Buffer;
  revision: number;
  audience: Audience;
}

/**
 * A justerat meeting as an archive package for the e-arkiv (E-ARK CSIP, FGS Paketstruktur): a ZIP
 * with METS.xml, the descriptive meeting.xml, the PDFs of the justerat revision and the event log.
 * Admins, HR and the group's sekreterare may make one; confidential content only the group's members get.
 */
export class GetArchivePackageQuery extends Query<ArchivePackage> {
  constructor(
    readonly principal: Principal,
    readonly meetingId: string,
  ) {
    super();
  }
}
