import { RefreshIcon } from '@sanity/icons/Refresh'
import { useToast } from '@sanity/ui/toast'
import { useState } from 'react'
import { getPublishedId, useClient, type DocumentActionComponent } from 'sanity'
import { SOURCE_HEALTH_TYPE, healthDocumentId } from '../../lib/sources-health/health'
import { apiVersion } from '../env'

/**
 * "Check now" on a citation: records the request on its health document. A Sanity webhook on
 * that field calls the site's `/api/sources/check` (signed), which runs the same checker as
 * `npm run sources:check` for this one citation; the result shows up on the form live.
 * The checker never runs in the browser: cited sites would refuse it (CORS) and it would
 * need the write token.
 */
export const CheckSourceNowAction: DocumentActionComponent = ({ id, published }) => {
  const client = useClient({ apiVersion })
  const toast = useToast()
  const [requesting, setRequesting] = useState(false)
  const citationId = getPublishedId(id)
  return {
    label: requesting ? 'Requesting check…' : 'Check now',
    icon: RefreshIcon,
    disabled: !published || requesting,
    title: published ? 'Check this source’s address now' : 'Publish the citation first: only published citations are checked',
    onHandle: async () => {
      setRequesting(true)
      try {
        const healthId = healthDocumentId(citationId)
        await client
          .transaction()
          .createIfNotExists({ _id: healthId, _type: SOURCE_HEALTH_TYPE, citation: { _type: 'reference', _ref: citationId, _weak: true } })
          .patch(healthId, (patch) => patch.set({ checkRequestedAt: new Date().toISOString() }))
          .commit()
        toast.push({ status: 'info', title: 'Source check requested', description: 'The result appears above the form in a few seconds.' })
      } catch (error) {
        toast.push({
          status: 'error',
          title: 'Could not request a check',
          description: error instanceof Error ? error.message : String(error),
        })
      } finally {
        setRequesting(false)
      }
    },
  }
}
