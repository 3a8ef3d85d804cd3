/** Reminders for open follow-ups (issue 12): the decider, the ledger, the sweep the worker runs. */
export * from './domain/index.js';
