import { canonicalJson, foldEvents } from '#libs/ddd';
import { meetingDecider } from '../../domain/index.js';
import { closedMeeting, justerad, people, ssr } from '../../domain/meeting.fixtures.js';
import { protocolTextHash } from './protocol-text-hash.js';

const fold = (events: typeof closedMeeting) => foldEvents(meetingDecider, events);

describe('the protocol text hash a justerare approves', () => {
  it('does not depend on key order (jsonb reorders keys)', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 'å', e: undefined }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"f":"å"}]},"b":1}',
    );
  });

  it('is the same for every justerare of a revision: approvals do not change it', () => {
    const before = protocolTextHash(fold(closedMeeting));
    expect(before).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(protocolTextHash(fold([...closedMeeting, justerad(people.ssrRep, ssr)]))).toBe(before);
  });

  it('changes with a revision that corrects a text', () => {
    const revised = fold([
      ...closedMeeting,
      {
        type: 'ProtocolRevised',
        data: {
          meetingId: 'm-2019-2',
          revision: 2,
          revisedBy: people.secretary,
          reason: 'Stavfel',
          corrections: [{ itemId: 'i-info', record: 'information', text: 'Rättad text.' }],
          at: '2019-02-26T08:00:00Z',
        },
      },
    ]);
    expect(protocolTextHash(revised)).not.toBe(protocolTextHash(fold(closedMeeting)));
  });
});
