/**
 * Shown on every page while `siteSettings.isDemo` is on: the demo's reviewers and their
 * credentials are invented, and deployed unchanged they would read as real medical credentials.
 * Inside the header (a landmark), plain text, no script.
 */
export function DemoNotice() {
  return (
    <p className="demo-notice">
      <strong>Demo site.</strong> The articles, authors, reviewers and their credentials here are fictional examples, not real people or
      medical advice.
    </p>
  )
}
