import type { PdfContent, PdfPageHead } from './pdf-content.js';
import { PAGE_MARGINS } from './styles.js';

export interface PageHeadText {
  /** "MINNESANTECKNINGAR SAMVERKANSGRUPP": the kind of document in capitals. */
  title: string;
  /** As registered: "DNR:02/2019". */
  dnr?: string;
  /** The meeting's date, 2019-02-25. */
  date: string;
  /** A second line under the title on every page, e.g. "UTKAST – EJ JUSTERAT". */
  marking?: string;
}

/**
 * The head of every page, as on the paper originals (seed 002): the title on the left; date, DNR
 * and "SID 3(5)" on the right.
 */
export function pageHead(head: PageHeadText): PdfPageHead {
  const left: PdfContent[] = [{ text: head.title, style: 'pageHeadTitle' }];
  if (head.marking) left.push({ text: head.marking, style: 'pageHeadTitle' });
  return (currentPage, pageCount) => ({
    margin: [PAGE_MARGINS[0], 32, PAGE_MARGINS[2], 0],
    style: 'pageHead',
    columns: [
      { width: '*', stack: left },
      {
        width: 'auto',
        alignment: 'right',
        stack: [head.date, ...(head.dnr ? [head.dnr] : []), `SID ${currentPage}(${pageCount})`],
      },
    ],
  });
}
