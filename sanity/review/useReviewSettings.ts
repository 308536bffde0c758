import { useEffect, useState } from 'react'
import { useClient } from 'sanity'
import { apiVersion } from '../env'
import { fetchReviewSettings, type QueryClient, type ReviewSettings } from './settings'

/** Site settings' review policy for the badge and the action; `null` until loaded. */
export function useReviewSettings(): ReviewSettings | null {
  const client = useClient({ apiVersion })
  const [settings, setSettings] = useState<ReviewSettings | null>(null)
  useEffect(() => {
    let active = true
    fetchReviewSettings(client as unknown as QueryClient).then(
      (loaded) => active && setSettings(loaded),
      () => active && setSettings(null),
    )
    return () => {
      active = false
    }
  }, [client])
  return settings
}
