/** ASCII for a file name: å ä ö without their marks, anything else but letters and digits a hyphen. */
const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * "fsg-vsg-socialforvaltningen-2-2019-2019-02-25.zip": the group, the protocol number and the
 * meeting's date, safe in a Content-Disposition header and on any file system.
 */
export function packageFileName(groupName: string, protocolNumber: string, date: string): string {
  const stem = [slug(groupName) || 'mote', slug(protocolNumber), date].filter((part) => part !== '');
  return `${stem.join('-')}.zip`;
}
