import { ruleBroken } from '#libs/ddd';
import { MEETING_ERROR } from '#libs/meetings';
import { VALIDATION_ERROR } from '#libs/shared-kernel';
import { justeringProblem } from './justering-errors.js';

describe('the justering forms’ refusals in Swedish', () => {
  it('puts an empty or too long comment next to the comment field', () => {
    expect(justeringProblem(ruleBroken(VALIDATION_ERROR.TEXT_REQUIRED, 'x', { field: 'comment' }))).toEqual({
      field: 'comment',
      text: 'Skriv vad som behöver ändras i protokollet.',
    });
    expect(
      justeringProblem(
        ruleBroken(VALIDATION_ERROR.TEXT_TOO_LONG, 'x', { field: 'comment', maxLength: 5000 }),
      ),
    ).toEqual({ field: 'comment', text: 'Texten får vara högst 5000 tecken.' });
  });

  it('says a changed text, a newer revision or a requested change above the forms', () => {
    for (const code of [
      MEETING_ERROR.TEXT_HASH_MISMATCH,
      MEETING_ERROR.REVISION_NOT_LATEST,
      MEETING_ERROR.CHANGE_REQUESTED,
      MEETING_ERROR.JUSTERAT,
    ]) {
      expect(justeringProblem(ruleBroken(code, 'x'))?.field).toBeNull();
    }
  });

  it('puts the secretary’s date and reason, and the proposal’s target, next to their fields', () => {
    expect(justeringProblem(ruleBroken(MEETING_ERROR.LAST_DATE_IN_PAST, 'x'))?.field).toBe('lastDate');
    expect(
      justeringProblem(ruleBroken(VALIDATION_ERROR.INVALID_DATE, 'x', { field: 'lastDate' }))?.field,
    ).toBe('lastDate');
    expect(justeringProblem(ruleBroken(VALIDATION_ERROR.TEXT_REQUIRED, 'x', { field: 'reason' }))).toEqual({
      field: 'reason',
      text: 'Skriv en motivering till ditt svar.',
    });
    expect(justeringProblem(ruleBroken(MEETING_ERROR.NOT_A_PARAGRAPH, 'x'))?.field).toBe('target');
    expect(justeringProblem(ruleBroken(MEETING_ERROR.WORDING_WITHOUT_RECORD, 'x'))?.field).toBe('target');
  });

  it('leaves any other error to the error page', () => {
    expect(justeringProblem(ruleBroken('MEETING.SOMETHING_ELSE', 'x'))).toBeUndefined();
  });
});
