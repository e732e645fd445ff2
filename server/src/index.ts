export { buildApp, type AppDependencies } from './app.js'
export { systemClock, type Clock } from './clock.js'
export {
  ConfigError,
  defaultWebDist,
  describeConfig,
  loadConfig,
  LOG_LEVELS,
  type Cidr,
  type Config,
  type DatabaseConfig,
  type LogLevel,
  type TrustProxy,
} from './config.js'
export type { LogStream } from './logging.js'
export type { RateLimitBackend } from './plugins/rate-limit.js'
export type { Sweeper } from './sweeper.js'
