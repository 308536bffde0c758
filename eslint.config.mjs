import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypeScript from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier/flat'

/** Next's Core Web Vitals and TypeScript rules; formatting is Prettier's job, not ESLint's. */
const config = [
  {
    ignores: ['node_modules/**', '.next*/**', 'bench/.work/**', 'test-results/**', 'content/demo/**', 'next-env.d.ts'],
  },
  ...nextCoreWebVitals,
  ...nextTypeScript,
  prettier,
  {
    // Written by `sanity typegen generate`: its declaration-merging shim is an empty interface.
    files: ['sanity.types.ts'],
    rules: { '@typescript-eslint/no-empty-object-type': 'off' },
  },
  {
    rules: {
      // `_name` marks a value that is deliberately left unused (a destructured-away field).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Images are plain <img> with a srcset the image CDN (or /media) serves at each width and
      // an intrinsic size; next/image would add a client component to every reader page.
      '@next/next/no-img-element': 'off',
      // Reader links are plain <a> on purpose (components/PageLink); and the rule reads the
      // standing pages' /[slug] route as matching every address, /api/… included.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
]

export default config
