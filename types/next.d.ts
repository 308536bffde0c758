// Next.js ambient types (fetch `next` options, image imports) without depending on the
// generated, gitignored next-env.d.ts, so `tsc` passes on a clean checkout before any build.
/// <reference types="next" />
/// <reference types="next/image-types/global" />
