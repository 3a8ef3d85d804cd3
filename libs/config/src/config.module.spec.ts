import { Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfig } from './app-config.js';
import { ConfigModule } from './config.module.js';
import { loadConfig } from './load-config.js';

@Injectable()
class NeedsConfig {
  constructor(readonly config: AppConfig) {}
}

describe('ConfigModule', () => {
  it('provides the loaded config under the AppConfig class token, globally', async () => {
    const config = loadConfig({ PORT: '4000' });
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config)],
      providers: [NeedsConfig],
    }).compile();

    expect(moduleRef.get(AppConfig)).toBe(config);
    expect(moduleRef.get(NeedsConfig).config.port).toBe(4000);
  });
});
