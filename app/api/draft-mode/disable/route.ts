import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { safeRedirectPath } from '@/lib/preview/redirect'

/** `GET /api/draft-mode/disable?redirect=/path`: leave preview, back to the same page as readers see it. */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  redirect(safeRedirectPath(new URL(request.url).searchParams.get('redirect')))
}
