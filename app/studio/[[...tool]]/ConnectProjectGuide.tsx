import Link from 'next/link'

/**
 * What /studio shows when no Sanity project is configured: a plain page (no Studio code) that
 * explains the site is running on the bundled demo dataset and how to connect a project.
 */

const css = `
  .guide { box-sizing: border-box; max-width: 42rem; margin: 0 auto; padding: 3rem 1.25rem 4rem;
    font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; }
  .guide h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 1rem; }
  .guide h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; }
  .guide li { margin: 0 0 0.85rem; }
  .guide code, .guide pre { font: 0.92em/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    background: #f3f4f6; border-radius: 4px; }
  .guide code { padding: 0.1em 0.3em; }
  .guide pre { padding: 0.75rem 1rem; overflow-x: auto; }
  .guide pre code { padding: 0; background: none; }
  .guide a { color: #0b57d0; }
  .guide .note { border-left: 4px solid #0b57d0; background: #eef4ff; padding: 0.75rem 1rem; margin: 0 0 1.5rem; }
  @media (prefers-color-scheme: dark) {
    body { background: #101214; }
    .guide { color: #e6e8eb; }
    .guide code, .guide pre { background: #22262b; }
    .guide a { color: #8ab4f8; }
    .guide .note { background: #16233a; border-color: #8ab4f8; }
  }
`

export function ConnectProjectGuide() {
  return (
    <main className="guide">
      <style>{css}</style>
      <h1>The Studio is not connected to a Sanity project</h1>
      <p className="note">
        This site is running on the bundled demo dataset (<code>content/demo</code>). Readers see the demo posts; there is nothing to edit
        until you connect a project.
      </p>
      <h2>Connect a project</h2>
      <ol>
        <li>
          Create a project (the free plan is enough) at{' '}
          <a href="https://www.sanity.io/manage" rel="noopener noreferrer">
            sanity.io/manage
          </a>{' '}
          and note its project ID.
        </li>
        <li>
          Put the project ID and dataset name in <code>.env.local</code> at the root of the project:
          <pre>
            <code>{'NEXT_PUBLIC_SANITY_PROJECT_ID=your-project-id\nNEXT_PUBLIC_SANITY_DATASET=production'}</code>
          </pre>
        </li>
        <li>
          In the project’s settings on sanity.io/manage, open <strong>API → CORS origins</strong> and add <code>http://localhost:3000</code>{' '}
          with <strong>Allow credentials</strong> checked, so this Studio can sign in. Add your production address the same way when you
          deploy.
        </li>
        <li>
          Under <strong>API → Tokens</strong>, create a token with write access (Editor), set it as <code>SANITY_API_WRITE_TOKEN</code> in{' '}
          <code>.env.local</code>, and run <code>npm run seed</code> to copy the demo content into your dataset.
        </li>
        <li>
          Create a second token with Viewer access and set it as <code>SANITY_API_READ_TOKEN</code>; the site uses it to show drafts in
          preview.
        </li>
        <li>
          Restart the server (<code>npm run dev</code>, or <code>npm run build</code> then <code>npm start</code>) and reload this page: the
          Studio opens here and asks you to sign in.
        </li>
      </ol>
      <p>
        <Link href="/">Back to the site</Link>
      </p>
    </main>
  )
}
