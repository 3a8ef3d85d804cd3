import { definedOnly, PROTOCOL_NUMBER_FORMATS, type ProtocolNumber } from '#domain/shared-kernel';
import { meetingError } from './errors.js';

/** A number as the group gives it: N ≥ 1 of a four-digit year, in one of the group's formats. */
export function requireProtocolNumber(protocolNumber: ProtocolNumber | undefined): ProtocolNumber {
  if (protocolNumber === undefined) throw meetingError.notNumbered();
  const { number, year, format } = protocolNumber;
  const valid =
    Number.isInteger(number) &&
    number >= 1 &&
    Number.isInteger(year) &&
    year >= 1900 &&
    year <= 9999 &&
    (format === undefined || PROTOCOL_NUMBER_FORMATS.includes(format));
  if (!valid) throw meetingError.invalidProtocolNumber(protocolNumber);
  return definedOnly({ number, year, format });
}
