import type { ComponentProps, ComponentType, ReactNode } from 'react'
import { Breadcrumbs } from '../Breadcrumbs'
import { JsonLd } from '../JsonLd'
import { PostClosing } from '../post/PostClosing'
import { PostIntro, PostLead } from '../post/PostIntro'
import { FurtherReading } from '../post/RelatedPosts'
import { WorksCited } from '../post/WorksCited'
import { RichText } from '../rich-text/RichText'

/**
 * The components a static island can hold. The server's HTML render draws an island from here,
 * by name, with the props the page gave it: nothing rendered travels in the RSC payload. Each
 * renders only server-side markup (no state, no handlers), since the browser never runs it.
 */
const ISLAND_COMPONENTS = { Breadcrumbs, PostIntro, PostLead, RichText, WorksCited, PostClosing, FurtherReading, JsonLd }

type IslandComponents = typeof ISLAND_COMPONENTS

export type IslandContent = {
  [Kind in keyof IslandComponents]: { kind: Kind; props: ComponentProps<IslandComponents[Kind]> }
}[keyof IslandComponents]

export function renderIsland({ kind, props }: IslandContent): ReactNode {
  // `kind` and `props` are paired by IslandContent; TypeScript cannot follow the pair through the lookup.
  const Component = ISLAND_COMPONENTS[kind] as ComponentType<typeof props>
  return <Component {...props} />
}
