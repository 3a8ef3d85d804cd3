export { MeetingsHttpModule } from './meetings-http.module.js';
export { Clock } from '../application/shared/clock.js';
