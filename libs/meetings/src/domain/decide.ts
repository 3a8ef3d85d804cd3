import { assertNever } from '#domain/shared-kernel';
import type { MeetingCommand } from './commands.js';
import {
  appointJusterare,
  issueKallelse,
  proposeAgendaItem,
  recordAttendance,
  scheduleMeeting,
  setAgenda,
} from './decide-preparation.js';
import {
  closeMeeting,
  correctProtocol,
  declineJustering,
  justeraProtocol,
  reviseProtocol,
} from './decide-protocol.js';
import {
  addOvrigFraga,
  addProtokollsanteckning,
  assignFollowUpDate,
  deferItem,
  markItemConfidential,
  recordDecision,
  recordDialog,
  recordInformation,
} from './decide-recording.js';
import { escalateItem } from './decide-escalation.js';
import {
  answerProtocolChangeProposal,
  proposeProtocolChange,
  requestJustering,
} from './decide-justering-workflow.js';
import { cancelMeeting, rescheduleMeeting } from './decide-schedule-changes.js';
import type { MeetingEvent } from './events.js';
import type { MeetingState } from './state.js';

export function decideMeeting(command: MeetingCommand, state: MeetingState): MeetingEvent[] {
  switch (command.type) {
    case 'ScheduleMeeting':
      return scheduleMeeting(command, state);
    case 'RescheduleMeeting':
      return rescheduleMeeting(command, state);
    case 'CancelMeeting':
      return cancelMeeting(command, state);
    case 'SetAgenda':
      return setAgenda(command, state);
    case 'ProposeAgendaItem':
      return proposeAgendaItem(command, state);
    case 'IssueKallelse':
      return issueKallelse(command, state);
    case 'RecordAttendance':
      return recordAttendance(command, state);
    case 'AppointJusterare':
      return appointJusterare(command, state);
    case 'RecordInformation':
      return recordInformation(command, state);
    case 'RecordDialog':
      return recordDialog(command, state);
    case 'RecordDecision':
      return recordDecision(command, state);
    case 'AddProtokollsanteckning':
      return addProtokollsanteckning(command, state);
    case 'AssignFollowUpDate':
      return assignFollowUpDate(command, state);
    case 'DeferItem':
      return deferItem(command, state);
    case 'EscalateItem':
      return escalateItem(command, state);
    case 'AddOvrigFraga':
      return addOvrigFraga(command, state);
    case 'MarkItemConfidential':
      return markItemConfidential(command, state);
    case 'CloseMeeting':
      return closeMeeting(command, state);
    case 'ReviseProtocol':
      return reviseProtocol(command, state);
    case 'CorrectProtocol':
      return correctProtocol(command, state);
    case 'JusteraProtocol':
      return justeraProtocol(command, state);
    case 'DeclineJustering':
      return declineJustering(command, state);
    case 'RequestJustering':
      return requestJustering(command, state);
    case 'ProposeProtocolChange':
      return proposeProtocolChange(command, state);
    case 'AnswerProtocolChangeProposal':
      return answerProtocolChangeProposal(command, state);
    default:
      return assertNever(command);
  }
}
