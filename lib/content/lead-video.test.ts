import { describe, expect, it } from 'vitest'
import { leadVideo } from './lead-video'

const text = (key: string) => ({ _type: 'block', _key: key })
const video = (key: string) => ({ _type: 'videoEmbed', _key: key })

describe('leadVideo', () => {
  it("moves a Video post's first video to the top and leaves the rest of the body in order", () => {
    const lead = leadVideo({ categories: [{ slug: 'video' }], body: [text('a'), video('v1'), text('b'), video('v2')] })
    expect(lead?.video._key).toBe('v1')
    expect(lead?.body.map((block) => block._key)).toEqual(['a', 'b', 'v2'])
  })

  it('leaves other posts, and Video posts without a video, as they are', () => {
    expect(leadVideo({ categories: [{ slug: 'review' }], body: [video('v1')] })).toBeNull()
    expect(leadVideo({ categories: [{ slug: 'video' }], body: [text('a')] })).toBeNull()
  })
})
