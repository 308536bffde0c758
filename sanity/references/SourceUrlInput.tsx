import { Button, Card, Flex, Text } from '@sanity/ui'
import { useEffect, useState } from 'react'
import { getPublishedId, useClient, useFormValue, type StringInputProps } from 'sanity'
import { IntentLink } from 'sanity/router'
import { sourceKeys } from '../../lib/references/identifiers'
import { apiVersion } from '../env'
import { otherCitationsOfSameSource, type CitationDocument } from './duplicates'

type Existing = { _id: string; title?: string }

/** The offer under the address when another citation is the same source: open that one instead. */
export function ExistingEntryOffer({ existing }: { existing: Existing }) {
  const id = getPublishedId(existing._id)
  return (
    <Card padding={3} radius={2} border tone="caution">
      <Flex gap={3} align="center" wrap="wrap">
        <Text size={1} style={{ flex: '1 1 16rem' }}>
          “{existing.title ?? 'Untitled'}” is the same source (same address, DOI or PubMed id). Cite that entry in your post instead of this
          duplicate.
        </Text>
        <Button as={IntentLink} intent="edit" params={{ id, type: 'citation' }} mode="ghost" tone="caution" text="Use the existing entry" />
      </Flex>
    </Card>
  )
}

/**
 * The citation's address field, with the duplicate check of its validation (`sourceKeys`, the
 * rule content:check applies too) turned into an action: the editor opens the existing entry
 * rather than saving the same source twice. It re-checks when the address or an identifier changes.
 */
export function SourceUrlInput(props: StringInputProps) {
  const document = useFormValue([]) as CitationDocument | undefined
  const client = useClient({ apiVersion })
  const keys = document ? sourceKeys(document).join(' ') : ''
  // Kept with the keys it answers, so an edited address never shows the previous answer.
  const [found, setFound] = useState<{ keys: string; existing: Existing | null }>()
  const existing = keys && found?.keys === keys ? found.existing : null

  useEffect(() => {
    if (!document || !keys) return
    let active = true
    // After typing settles: one query, not one per keystroke.
    const timer = setTimeout(() => {
      otherCitationsOfSameSource(document, () => client).then(
        ([other]) => active && setFound({ keys, existing: other ?? null }),
        () => active && setFound({ keys, existing: null }),
      )
    }, 400)
    return () => {
      active = false
      clearTimeout(timer)
    }
    // The document object changes on every edit; only its identity keys matter here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keys, document?._id, client])

  return (
    <>
      {props.renderDefault(props)}
      {existing ? (
        <div style={{ marginTop: '0.5rem' }}>
          <ExistingEntryOffer existing={existing} />
        </div>
      ) : null}
    </>
  )
}
