import { getDraftId, getPublishedId } from 'sanity'
import { sourceKeys, type SourceIdentity } from '../../lib/references/identifiers'
import { apiVersion } from '../env'

export type CitationDocument = SourceIdentity & { _id: string; title?: string }

/**
 * The Studio's duplicate warning: other citations that are the same source (same DOI, PMID,
 * PMCID or normalised address — `sourceKeys`, the rule content:check applies too). The query
 * narrows to candidates (same stored identifier, or an address on the same host); the keys decide.
 */
export async function otherCitationsOfSameSource(
  document: CitationDocument,
  getClient: (options: { apiVersion: string }) => {
    fetch: <R>(query: string, params: Record<string, unknown>) => Promise<R>
  },
): Promise<Array<{ _id: string; title?: string }>> {
  const keys = new Set(sourceKeys(document))
  if (keys.size === 0) return []
  const id = getPublishedId(document._id)
  const key = (prefix: string) => [...keys].find((k) => k.startsWith(prefix))?.slice(prefix.length) ?? ''
  const host = key('url:').split(/[/?]/)[0] ?? ''
  const candidates = await getClient({ apiVersion }).fetch<Array<CitationDocument>>(
    `*[_type == "citation" && !(_id in [$id, $draftId]) && (
      doi == $doi || pmid == $pmid || pmcid == $pmcid ||
      string::startsWith(lower(url), $https) || string::startsWith(lower(url), $httpsWww) ||
      string::startsWith(lower(url), $http) || string::startsWith(lower(url), $httpWww)
    )][0...50]{_id, title, url, doi, pmid, pmcid}`,
    {
      id,
      draftId: getDraftId(id),
      doi: key('doi:'),
      pmid: key('pmid:'),
      pmcid: key('pmcid:'),
      https: `https://${host}`,
      httpsWww: `https://www.${host}`,
      http: `http://${host}`,
      httpWww: `http://www.${host}`,
    },
  )
  return candidates.filter((other) => sourceKeys(other).some((k) => keys.has(k)))
}
