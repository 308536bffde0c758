/**
 * Shown on every page while draft mode is on, so an editor never mistakes a draft for the live
 * site. A plain link (no script, no prefetch) ends preview and returns to the home page.
 * Inline styles keep it visible and legible whatever the site's stylesheet does.
 */
export function PreviewBar() {
  return (
    <aside
      aria-label="Preview mode"
      data-preview-bar=""
      style={{
        position: 'sticky',
        top: 0,
        zIndex: 1000,
        display: 'flex',
        flexWrap: 'wrap',
        gap: '0.5rem 1rem',
        justifyContent: 'center',
        alignItems: 'center',
        padding: '0.5rem 1rem',
        background: '#1d1d1f',
        color: '#ffffff',
        fontSize: '0.9375rem',
        lineHeight: 1.4,
      }}
    >
      <strong>Preview</strong>
      <span>You are seeing drafts. Readers see the published version.</span>
      <a href="/api/draft-mode/disable" style={{ color: '#ffffff', fontWeight: 600, textDecoration: 'underline' }}>
        Exit preview
      </a>
    </aside>
  )
}
