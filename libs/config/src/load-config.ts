import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { AppConfig } from './app-config.js';
import { ConfigError } from './config-error.js';
import { ENV_NAME_OF_FIELD, SECRET_FIELDS } from './setting-decorators.js';

/**
 * Reads and validates the configuration, failing fast with every problem at once (fixing one
 * setting per restart is tedious). An empty variable counts as unset, the way `FOO=` in a
 * compose file or .env is meant.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const settings = knownSettings(env);
  const config = plainToInstance(AppConfig, settings, {
    excludeExtraneousValues: true,
    exposeDefaultValues: true,
  });
  const errors = validateSync(config, { forbidUnknownValues: true });
  if (errors.length > 0) throw new ConfigError(errors.map((error) => describe(error, settings)));
  return config;
}

function knownSettings(env: NodeJS.ProcessEnv): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const envName of ENV_NAME_OF_FIELD.values()) {
    const value = env[envName];
    if (value !== undefined && value !== '') settings[envName] = value;
  }
  return settings;
}

function describe(error: ValidationError, settings: Record<string, string>): string {
  const envName = ENV_NAME_OF_FIELD.get(error.property) ?? error.property;
  // Several constraints of one setting share one text; say it once.
  const expectation = Object.values(error.constraints ?? {})[0] ?? 'is invalid';
  if (SECRET_FIELDS.has(error.property)) return `${envName} ${expectation} (the value is not shown)`;
  return `${envName} ${expectation} (got ${JSON.stringify(withoutPassword(settings[envName] ?? ''))})`;
}

/** Error messages end up in logs; a mistyped DATABASE_URL must not put its password there. */
function withoutPassword(value: string): string {
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}
