import { SOURCE_HEALTH_TYPE } from '../sources-health/health'

/**
 * A citation's health record (a companion document, see lib/sources-health/health.ts), joined
 * inside a citation projection. `_type` first lets the local planner start from the health
 * records only; the Content Lake looks the `_id` up directly.
 */
export const SOURCE_HEALTH_PROJECTION = `*[_type == "${SOURCE_HEALTH_TYPE}" && _id == "${SOURCE_HEALTH_TYPE}-" + ^._id][0]{status, archivedUrl, archivedAt, retraction}`
