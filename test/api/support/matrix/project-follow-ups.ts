import { followUpsProjection } from '#libs/follow-ups';
import type { ApiTestApp } from '../api-test-app.js';
import { projectToHead } from '../project-to-head.js';

/** Runs the follow-ups projection until it has applied everything (the worker's job in production). */
export const projectFollowUps = (api: ApiTestApp): Promise<void> =>
  projectToHead(api.app, [followUpsProjection]);
