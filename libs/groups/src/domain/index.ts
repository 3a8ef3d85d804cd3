/** The groups domain, pure: what other domains may import (as #domain/groups). */
export * from './group/index.js';
export * from './organisation/index.js';
