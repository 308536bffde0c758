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
 * A citation in the body editor: the marked words followed by the [n] readers will see, numbered
 * by the site's reading-order rule from the body and Works cited being edited.
 */
export function CitationMarker(props: BlockAnnotationProps) {
  // The marker's path ends […field, {_key: block}, 'markDefs', {_key: marker}].
  const markDefs = props.path.lastIndexOf('markDefs')
  const block = props.path[markDefs - 1] as { _key?: string } | undefined
  const body = useFormValue(props.path.slice(0, Math.max(markDefs - 1, 0)) as Path) as Parameters<typeof citationMarkerNumbers>[1]
  const worksCited = useFormValue(['worksCited']) as Ref[] | undefined
  const numbers = useMemo(() => citationMarkerNumbers(worksCited, body), [worksCited, body])
  const number = block?._key ? numbers.get(markerId(block._key, props.value._key)) : null
  const label = citationMarkerLabel(number)
  return (
    <Marker data-citation-number={label} title={number ? `Citation ${label}` : 'Citation: no source from Works cited picked yet'}>
      {props.renderDefault(props)}
    </Marker>
  )
}
