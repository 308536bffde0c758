/**
 * Where to send an editor after turning preview on or off: a path on this site, never another
 * origin (`//evil.example`, `https://…` and `/\evil` are all reduced to a local path or `/`).
 */
export function safeRedirectPath(value: string | null | undefined, fallback = '/'): string {
  if (!value) return fallback
  const base = 'http://same-origin.invalid'
  let url: URL
  try {
    url = new URL(value, base)
  } catch {
    return fallback
  }
  if (url.origin !== base) return fallback
  // A path that starts with two slashes is another origin to the browser ("//evil.example/x"),
  // and URL parsing makes one out of "/.//evil.example" or "/..//evil.example".
  if (/^[/\\]{2}/.test(url.pathname)) return fallback
  return `${url.pathname}${url.search}${url.hash}`
}
