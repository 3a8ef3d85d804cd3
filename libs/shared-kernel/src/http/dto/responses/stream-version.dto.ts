import { ApiProperty } from '@nestjs/swagger';

export const Version = () =>
  ApiProperty({
    type: 'integer',
    description: 'The stream version after the command; also the ETag',
    example: 7,
  });
