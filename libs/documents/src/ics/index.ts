export {
  icsMethodOf,
  renderKallelseIcs,
  kallelseIcsSummary,
  type KallelseIcsOptions,
} from './kallelse-ics.js';
