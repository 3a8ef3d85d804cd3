import type { PageHead } from '../outline/index.js';
import { PAGE_MARGINS, STYLES } from './styles.js';
import type { TaggedWriter } from './tagged-writer.js';

/** The page head's first line: a little below the page's top edge. */
const HEAD_TOP = 32;
/** The page head's date, DNR and "SID 3(5)" lines are a little closer than body text. */
const HEAD_LINE_HEIGHT = 1.1;

/**
 * The head of every page, as on the paper originals (seed 002): the title (and a draft's or a
 * cancelled meeting's marking) on the left; date, DNR and "SID 3(5)" on the right. Drawn once
 * every page is laid out, so the page count is known; an artifact (pagination), not content, so a
 * screen reader does not read it again on every page.
 */
export function drawPageHeads(writer: TaggedWriter, head: PageHead): void {
  const { doc } = writer;
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const width = doc.page.width - PAGE_MARGINS[0] - PAGE_MARGINS[2];
    const right = [head.date, ...(head.dnr ? [head.dnr] : []), `SID ${index + 1}(${range.count})`];
    writer.artifact('Pagination', () => {
      let y = HEAD_TOP;
      for (const line of [head.headTitle, ...(head.marking ? [head.marking] : [])]) {
        writer.look(STYLES.pageHeadTitle);
        doc.text(line, PAGE_MARGINS[0], y, { width: width / 2 });
        y += doc.currentLineHeight() * 1.2;
      }
      y = HEAD_TOP;
      for (const line of right) {
        writer.look(STYLES.pageHead);
        doc.text(line, PAGE_MARGINS[0] + width / 2, y, { width: width / 2, align: 'right' });
        y += doc.currentLineHeight() * HEAD_LINE_HEIGHT;
      }
    });
  }
}
