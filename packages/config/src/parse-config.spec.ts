import { z } from 'zod';
import { ConfigError, parseConfig } from './parse-config';
import { databaseUrl, port } from './fields';

const schema = z.object({ PORT: port(4001), DATABASE_URL: databaseUrl() });

describe('parseConfig', () => {
  it('applies defaults and coerces numbers', () => {
    expect(parseConfig(schema, { DATABASE_URL: 'postgres://u@h:5432/db' })).toEqual({
      PORT: 4001,
      DATABASE_URL: 'postgres://u@h:5432/db',
    });
    expect(parseConfig(schema, { PORT: '5000', DATABASE_URL: 'postgresql://h/db' }).PORT).toBe(
      5000,
    );
  });

  it('names every variable that is wrong', () => {
    let error: unknown;
    try {
      parseConfig(schema, { PORT: 'abc', DATABASE_URL: 'mysql://h/db' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('PORT:');
    expect(message).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL');
  });
});
