/** Every demo post, in the order they are written to data.ndjson. */
import type { PostSpec } from '../post-spec'
import { calciumFoodFirst } from './calcium-food-first'
import { draftVitaminCAndColds } from './draft-vitamin-c-and-colds'
import { heartHealthyEatingPatterns } from './heart-healthy-eating-patterns'
import { magnesiumBasics } from './magnesium-basics'
import { nattoAndVitaminK2 } from './natto-and-vitamin-k2'
import { omega3SupplementsHeartHealthEvidence } from './omega-3-supplements-heart-health-evidence'
import { supplementSafetyChecklist } from './supplement-safety-checklist'
import { videoReadingSupplementLabels } from './video-reading-supplement-labels'
import { videoSunlightAndVitaminD } from './video-sunlight-and-vitamin-d'
import { vitaminB } from './vitamin-b'
import { vitaminB17 } from './vitamin-b17'
import { vitaminDAutumnAndWinter } from './vitamin-d-autumn-and-winter'
import { vitaminDBloodTest } from './vitamin-d-blood-test'
import { vitaminD3AndK2BetterTogether } from './vitamin-d3-and-k2-better-together'
import { vitaminD3AndK2Synergy } from './vitamin-d3-and-k2-synergy'
import { vitaminKAndBloodThinners } from './vitamin-k-and-blood-thinners'

export const POSTS: PostSpec[] = [
  vitaminB,
  vitaminB17,
  vitaminD3AndK2BetterTogether,
  vitaminD3AndK2Synergy,
  vitaminDAutumnAndWinter,
  videoSunlightAndVitaminD,
  nattoAndVitaminK2,
  videoReadingSupplementLabels,
  calciumFoodFirst,
  omega3SupplementsHeartHealthEvidence,
  magnesiumBasics,
  vitaminKAndBloodThinners,
  supplementSafetyChecklist,
  heartHealthyEatingPatterns,
  vitaminDBloodTest,
  draftVitaminCAndColds,
]
