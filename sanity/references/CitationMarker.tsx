import { useMemo } from 'react'
import { useFormValue, type BlockAnnotationProps, type Path } from 'sanity'
import { styled } from 'styled-components'
import { citationMarkerNumbers, markerId } from '../lib/works-cited'

type Ref = { _ref?: string }

// The number is drawn by CSS after the marked words, so the editor's text holds no extra nodes
// (the Portable Text editor maps every text node in a block to the document).
const Marker = styled.span`
  &::after {
    content: attr(data-citation-number);
    margin-inline-start: 0.1em;
    font-size: 0.75em;
    font-weight: 600;
    vertical-align: super;
    line-height: 0;
    white-space: nowrap;
  }
`

/** "[3]" as readers will see it; "[?]" before a source is picked or when it is not in Works cited. */
export function citationMarkerLabel(number: number | null | undefined): string {
  return number ? `[${number}]` : '[?]'
}

/**
 * Where a marker sits: the path of its Portable Text field and the key of its block, from the
 * annotation's path (`[…field, {_key: block}, 'markDefs', {_key: marker}]`); null for the empty
 * path the Studio passes while a marker just added has no form member yet.
 */
export function markerLocation(path: Path): { fieldPath: Path; blockKey: string } | null {
  const markDefs = path.lastIndexOf('markDefs')
  const block = path[markDefs - 1] as { _key?: unknown } | undefined
  if (markDefs < 1 || typeof block?._key !== 'string') return null
  return { fieldPath: path.slice(0, markDefs - 1), blockKey: block._key }
}

/**
 * A citation in the body editor: the marked words followed by the [n] readers will see, numbered
 * by the site's reading-order rule from the body and Works cited being edited.
 */
export function CitationMarker(props: BlockAnnotationProps) {
  const location = markerLocation(props.path)
  // Hooks run on every render: without a location this reads the whole document, and ignores it.
  const body = useFormValue(location?.fieldPath ?? []) as unknown
  const worksCited = useFormValue(['worksCited']) as Ref[] | undefined
  const numbers = useMemo(
    () => citationMarkerNumbers(worksCited, Array.isArray(body) ? (body as Parameters<typeof citationMarkerNumbers>[1]) : undefined),
    [worksCited, body],
  )
  const number = location ? numbers.get(markerId(location.blockKey, props.value._key)) : null
  const label = citationMarkerLabel(number)
  return (
    <Marker data-citation-number={label} title={number ? `Citation ${label}` : 'Citation: no source from Works cited picked yet'}>
      {props.renderDefault(props)}
    </Marker>
  )
}
