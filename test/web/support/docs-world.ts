import request from 'supertest';
import { followUpsProjection } from '#libs/follow-ups';
import { AccountService } from '#libs/identity';
import { DOCUMENT_PROJECTIONS } from '#libs/meeting-documents';
import { projectToHead } from '../../api/support/project-to-head.js';
import { PASSWORD, startWebWorld, TENANT } from './web-world.js';

export const EMPLOYEE = { email: 'elin.ek@exempelstad.se', name: 'Elin Ek' } as const;

/**
 * The web world of web-world.ts plus what the Dokument, Justering and Anställda pages need: an
 * employee of Socialförvaltningen who is no member of any group, and the documents rendered (the
 * worker's job: `project()` runs the document and follow-up projections to the head of the log).
 */
export async function startDocsWorld() {
  const world = await startWebWorld();
  const employee = await world.app
    .get(AccountService)
    .create({ tenantId: TENANT, email: EMPLOYEE.email, displayName: EMPLOYEE.name, password: PASSWORD });
  await request(world.server)
    .put(`/api/accounts/${employee.id}/units`)
    .set('Cookie', world.cookies.admin)
    .send({ units: ['u-soc'] })
    .expect(200);
  const project = () => projectToHead(world.app, [...DOCUMENT_PROJECTIONS, followUpsProjection]);
  await project();
  const held = `/api/meetings/${world.meetingIds.held}`;
  return {
    ...world,
    employeeId: employee.id,
    project,
    /** The chair's revision of the February protocol (what a decline asks for), then the documents. */
    async revise(reason: string, text: string) {
      await request(world.server)
        .post(`${held}/protocol/revisions`)
        .set('Cookie', world.cookies.chair)
        .send({ reason, corrections: [{ itemId: 'i-dialog', record: 'dialog', text }] })
        .expect(200);
      await project();
    },
    /** The February meeting as the API shows it to a person. */
    async meetingAs(who: 'chair' | 'vision') {
      const response = await request(world.server).get(held).set('Cookie', world.cookies[who]).expect(200);
      return response.body as {
        protocolStatus: string;
        protocol: { revision: number; textHash: string };
        approvals: unknown[];
        declines: { comment: string }[];
        proposals: unknown[];
      };
    },
  };
}

export type DocsWorld = Awaited<ReturnType<typeof startDocsWorld>>;
