/**
 * A WAL position (pg_lsn) as PostgreSQL prints it, `16/B374D848`: two hex words of 32 bits.
 * As a bigint, positions compare as they do in the server.
 */
const LSN = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i;

export function parseWalPosition(text: string | undefined): bigint | undefined {
  const match = text === undefined ? null : LSN.exec(text.trim());
  if (!match) return undefined;
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

export function formatWalPosition(position: bigint): string {
  return `${(position >> 32n).toString(16).toUpperCase()}/${(position & 0xffffffffn).toString(16).toUpperCase()}`;
}
