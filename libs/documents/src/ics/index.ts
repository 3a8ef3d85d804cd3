export {
  icsMethodOf,
  renderKallelseIcs,
  kallelseIcsSummary,
  type KallelseIcsOptions,
} from './kallelse-ics.js';
export { icsLine, icsText } from './ics-values.js';
