import { NotFoundException } from '@nestjs/common';
import { codePrefixOf, type StreamType } from './streams.js';

/**
 * An id that does not exist in the caller's tenant. Another tenant's ids answer the same way, so
 * nobody learns what exists elsewhere.
 */
export function notFound(streamType: StreamType, id: string): NotFoundException {
  const prefix = codePrefixOf(streamType);
  return new NotFoundException({
    code: `${prefix}.NOT_FOUND`,
    message: `There is no ${streamType.replace('-', ' ')} ${id}`,
    id,
  });
}
