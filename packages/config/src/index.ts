export { parseConfig, ConfigError } from './parse-config';
export { port, databaseUrl, logLevel, requiredString, requiredUrl } from './fields';
