import { SearchIcon } from '@sanity/icons/Search'
import { Box, Button, Stack, Text, TextInput } from '@sanity/ui'
import { useToast } from '@sanity/ui/toast'
import { useState } from 'react'
import { useClient, useDocumentOperation, type DocumentActionComponent } from 'sanity'
import { apiVersion } from '../env'
import { lookupPatch, requestLookup } from './lookup-patch'

/**
 * "Fill from DOI, PMID or URL" on a citation (also when it is being created from a post's Works
 * cited field): the site's `/api/references/lookup` answers with the reference fields, which are
 * patched into the draft where they were empty. The editor reviews them and publishes; nothing
 * is published for them. What was filled is said in a toast as the dialog closes: on a citation
 * not saved yet the first patch creates its draft, and the Studio then renders the document's
 * actions again, which would take a message inside the dialog with it.
 */
export const LookupAction: DocumentActionComponent = ({ id, type, draft, published, onComplete }) => {
  const client = useClient({ apiVersion })
  const toast = useToast()
  const { patch } = useDocumentOperation(id, type)
  const [open, setOpen] = useState(false)
  const [input, setInput] = useState('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)

  const close = () => {
    setOpen(false)
    setMessage(null)
    onComplete()
  }

  const run = async () => {
    setBusy(true)
    setMessage(null)
    const answer = await requestLookup(input, client.config().token)
    setBusy(false)
    if ('error' in answer) return setMessage(answer.error)
    const { set, kept } = lookupPatch((draft ?? published) as Record<string, unknown> | null, answer.fields)
    const filled = Object.keys(set).length
    if (filled > 0) patch.execute([{ set }])
    toast.push({
      status: filled ? 'success' : 'info',
      title: filled ? `Filled ${filled} field${filled === 1 ? '' : 's'}` : 'Nothing to fill',
      description: `${kept.length ? `Kept your ${kept.join(', ')}. ` : ''}Review, then publish.`,
    })
    close()
  }

  return {
    label: 'Fill from DOI, PMID or URL',
    icon: SearchIcon,
    onHandle: () => setOpen(true),
    dialog: open && {
      type: 'dialog',
      header: 'Fill from a DOI, PMID, PMCID or URL',
      onClose: close,
      content: (
        <Box
          as="form"
          onSubmit={(event: React.FormEvent) => {
            event.preventDefault()
            void run()
          }}
        >
          <Stack gap={3}>
            <TextInput
              value={input}
              onChange={(event) => setInput(event.currentTarget.value)}
              placeholder="10.1000/xyz, 31234567, PMC1234567 or https://…"
              aria-label="DOI, PMID, PMCID or URL"
              autoFocus
            />
            <Button type="submit" text={busy ? 'Looking up…' : 'Look up'} tone="primary" disabled={busy || !input.trim()} />
            {message ? (
              <Text size={1} role="status">
                {message}
              </Text>
            ) : null}
          </Stack>
        </Box>
      ),
    },
  }
}
