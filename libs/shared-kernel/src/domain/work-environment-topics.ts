import type { MemberRole } from './types.js';

/**
 * The questions a skyddskommitté is to deal with, as a fixed list an agenda item can be tagged
 * with so a group can see per year which it has handled. Taken from arbetsmiljölagen 6 kap. 9 §
 * (the committee takes part in planning the work environment and follows its carrying out, follows
 * the protection against ill health and accidents, and deals with risk investigations, action
 * plans, new or changed premises, equipment, work processes, methods and organisation, substances
 * that may cause ill health or accidents, information and training on the work environment, and
 * företagshälsovård) and from the yearly follow-up of the systematiskt arbetsmiljöarbete that the
 * Arbetsmiljöverket's provisions on SAM (AFS 2001:1 11 §, now AFS 2023:1) ask for, which
 * skyddskommittéer commonly take together with the arbetsmiljöpolicy and its goals. The codes are
 * stable (stored in events); the labels are what pages print.
 */
export const WORK_ENVIRONMENT_TOPICS = [
  'planering',
  'arlig-uppfoljning-sam',
  'riskundersokning',
  'handlingsplaner',
  'lokaler-och-arbetsmetoder',
  'halsofarliga-amnen',
  'information-och-utbildning',
  'foretagshalsovard',
  'ohalsa-och-olycksfall',
] as const;
export type WorkEnvironmentTopic = (typeof WORK_ENVIRONMENT_TOPICS)[number];

export const WORK_ENVIRONMENT_TOPIC_LABELS: Record<WorkEnvironmentTopic, string> = {
  planering: 'Planering av arbetsmiljöarbetet (arbetsmiljöpolicy och mål)',
  'arlig-uppfoljning-sam': 'Årlig uppföljning av det systematiska arbetsmiljöarbetet',
  riskundersokning: 'Undersökning av risker för ohälsa och olycksfall',
  handlingsplaner: 'Handlingsplaner',
  'lokaler-och-arbetsmetoder':
    'Nya eller ändrade lokaler, arbetsprocesser, arbetsmetoder och arbetsorganisation',
  'halsofarliga-amnen': 'Användning av ämnen som kan orsaka ohälsa eller olycksfall',
  'information-och-utbildning': 'Information och utbildning om arbetsmiljön',
  foretagshalsovard: 'Företagshälsovård',
  'ohalsa-och-olycksfall': 'Utvecklingen av ohälsa, olycksfall och tillbud',
};

/** The roles that count as a skyddsombud being there (AML 6:8: at least one attends). */
export const SAFETY_REPRESENTATIVE_ROLES: readonly MemberRole[] = ['skyddsombud', 'huvudskyddsombud'];
