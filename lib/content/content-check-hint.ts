/** Ends every log line about content the site leaves out or ignores, so whoever reads the log knows where to look next. */
export const CONTENT_CHECK_HINT = '(`npm run content:check` lists every such problem in the dataset)'
