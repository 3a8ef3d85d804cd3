import type { PageHead } from '../outline/index.js';
import type { PdfContent, PdfPageHead } from './pdf-content.js';
import { PAGE_MARGINS } from './styles.js';

/**
 * The head of every page, as on the paper originals (seed 002): the title (and a draft's or a
 * cancelled meeting's marking) on the left; date, DNR and "SID 3(5)" on the right.
 */
export function pageHead(head: PageHead): PdfPageHead {
  const left: PdfContent[] = [{ text: head.headTitle, style: 'pageHeadTitle' }];
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
