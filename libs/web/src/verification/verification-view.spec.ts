import { DomainError } from '#libs/ddd';
import { verificationError } from '#libs/meeting-documents';
import { problemOf, resultOf, swedishList } from './verification-view.js';

describe('the /verifiera page’s Swedish', () => {
  it('says who justerade which copy, and when', () => {
    const result = resultOf({
      match: true,
      document: 'protokoll',
      revision: 2,
      sha256: 'ab'.repeat(32),
      organisation: 'Exempelstads kommun',
      group: 'FSG/VSG Socialförvaltningen',
      meeting: { number: '2/2019', date: '2019-02-25' },
      justeradAt: '2019-02-27T09:00:00Z',
      approvals: [
        { name: 'Åsa Öberg', party: 'Arbetsgivaren', at: '2019-02-26T15:30:00Z' },
        { name: 'Cornelia Sjöström', party: 'Vision', at: '2019-02-27T09:00:00Z' },
      ],
    });
    expect(result).toEqual({
      match: true,
      heading: 'Kopian är äkta',
      sentence:
        'Kopian är den justerade versionen av protokoll 2/2019 för FSG/VSG Socialförvaltningen, Exempelstads kommun, ' +
        'mötet den 25 februari 2019 (revision 2), justerad av Åsa Öberg (Arbetsgivaren) den 26 februari 2019 kl. 16.30 ' +
        'och Cornelia Sjöström (Vision) den 27 februari 2019 kl. 10.00. Protokollet blev justerat den 27 februari 2019 kl. 10.00.',
      sha256: 'ab'.repeat(32),
    });
  });

  it('names a protokollsutdrag by its §, and says when nothing matches', () => {
    const utdrag = resultOf({
      match: true,
      document: 'protokollsutdrag',
      paragraph: 7,
      revision: 1,
      sha256: 'cd'.repeat(32),
      organisation: null,
      group: 'CSG',
      meeting: { number: '1/2020', date: '2020-01-15' },
      justeradAt: '2020-01-20T12:00:00Z',
      approvals: [],
    });
    expect(utdrag.sentence).toMatch(
      /^Kopian är den justerade versionen av protokollsutdrag § 7 ur protokoll 1\/2020 för CSG, mötet/,
    );
    expect(resultOf({ match: false, sha256: 'ef'.repeat(32) }).sentence).toMatch(
      /^Filen motsvarar inget justerat protokoll i tjänsten\./,
    );
  });

  it('says each refusal at its field, and leaves other errors to the error page', () => {
    expect(problemOf(verificationError.tooLarge(20 * 1024 * 1024), 'fil', 20 * 1024 * 1024)).toEqual({
      field: 'fil',
      text: 'Filen är för stor. Största filen som kan verifieras är 20 MB.',
    });
    expect(problemOf(verificationError.invalidHash(), 'kontrollsumma', 1)?.text).toMatch(/64 tecken/);
    expect(problemOf(verificationError.tooManyRequests(42), 'fil', 1)?.text).toContain('42 sekunder');
    expect(problemOf(new DomainError('not_found', 'MEETING.NOT_FOUND', 'x'), 'fil', 1)).toBeUndefined();
    expect(problemOf(new Error('x'), 'fil', 1)).toBeUndefined();
  });

  it('lists names the Swedish way', () => {
    expect([
      swedishList([]),
      swedishList(['A']),
      swedishList(['A', 'B']),
      swedishList(['A', 'B', 'C']),
    ]).toEqual(['', 'A', 'A och B', 'A, B och C']);
  });
});
