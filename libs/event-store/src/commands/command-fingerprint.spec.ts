import { streamRef } from '../store/stream-refs.js';
import { commandIdFor, requestFingerprint } from './command-fingerprint.js';

describe('request fingerprints and command ids', () => {
  const meeting = streamRef('meeting', 'tenant-a', 'm-1');
  const decision = (at: string, text = 'Beslut enligt förslaget.') => ({
    type: 'RecordDecision',
    data: { meetingId: 'm-1', itemId: 'i1', at, text },
  });

  it('is the same for a retry built later and with its properties in another order', () => {
    const first = requestFingerprint('p-jenny', meeting, decision('2019-04-01T08:00:00.000Z'));
    const reordered = {
      data: { text: 'Beslut enligt förslaget.', itemId: 'i1', meetingId: 'm-1' },
      type: 'RecordDecision',
    };
    expect(requestFingerprint('p-jenny', meeting, decision('2019-04-01T08:00:05.000Z'))).toBe(first);
    expect(requestFingerprint('p-jenny', meeting, reordered)).toBe(first);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
  });

  it('differs for another caller, stream, command or payload', () => {
    const at = '2019-04-01T08:00:00.000Z';
    const first = requestFingerprint('p-jenny', meeting, decision(at));
    expect(
      new Set([
        first,
        requestFingerprint('p-omar', meeting, decision(at)),
        requestFingerprint('p-jenny', streamRef('meeting', 'tenant-a', 'm-2'), decision(at)),
        requestFingerprint('p-jenny', meeting, { ...decision(at), type: 'RecordDialog' }),
        requestFingerprint('p-jenny', meeting, decision(at, 'Ärendet bordläggs.')),
      ]).size,
    ).toBe(5);
  });

  it('derives the command id from caller and key, so one key string is two commands for two callers', () => {
    expect(commandIdFor('p-jenny', 'k-1')).toBe(commandIdFor('p-jenny', 'k-1'));
    expect(commandIdFor('p-jenny', 'k-1')).not.toBe(commandIdFor('p-omar', 'k-1'));
    // No separator trick makes two callers' keys meet.
    expect(commandIdFor('p-jenny:k', '1')).not.toBe(commandIdFor('p-jenny', 'k:1'));
  });
});
