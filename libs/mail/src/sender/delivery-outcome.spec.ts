import { deliveryOutcome, retryDelayMs } from './delivery-outcome.js';

describe('what the sender does with a message SMTP did not take', () => {
  it('gives up on an address or content the server refuses for good (5xx), saying why', () => {
    const refused = {
      code: 'EENVELOPE',
      responseCode: 550,
      message: 'Recipient: 550 5.1.1 Ingen sådan användare',
    };
    expect(deliveryOutcome(refused, 1, 60_000)).toEqual({
      retry: false,
      reason: 'Recipient: 550 5.1.1 Ingen sådan användare',
    });
    expect(deliveryOutcome({ code: 'EMESSAGE', responseCode: 554 }, 3, 60_000)).toMatchObject({
      retry: false,
    });
  });

  it('keeps a message the server asked to send later (4xx), or could not be reached for', () => {
    expect(deliveryOutcome({ code: 'EENVELOPE', responseCode: 452 }, 1, 60_000)).toEqual({
      retry: true,
      delayMs: 1000,
    });
    expect(deliveryOutcome({ code: 'ECONNECTION' }, 2, 60_000)).toEqual({ retry: true, delayMs: 2000 });
    expect(deliveryOutcome({ code: 'ESOCKET', message: 'connect ECONNREFUSED' }, 3, 60_000)).toEqual({
      retry: true,
      delayMs: 4000,
    });
  });

  it('does not blame the message for a wrong SMTP password (535): every message would fail', () => {
    expect(deliveryOutcome({ code: 'EAUTH', responseCode: 535 }, 1, 60_000)).toMatchObject({ retry: true });
  });

  it('waits 1 s, then twice as long each time, up to the longest wait set', () => {
    expect([1, 2, 3, 4, 5, 10, 40].map((attempt) => retryDelayMs(attempt, 10_000))).toEqual([
      1000, 2000, 4000, 8000, 10_000, 10_000, 10_000,
    ]);
  });
});
