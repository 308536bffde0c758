// autocannon ships no types; this covers the part of its programmatic API the benchmark uses.
declare module 'autocannon' {
  interface Histogram {
    average: number
    mean: number
    min: number
    max: number
    p50: number
    p90: number
    p99: number
  }
  export interface Result {
    requests: Histogram
    latency: Histogram
    throughput: Histogram
    duration: number
    errors: number
    timeouts: number
    non2xx: number
    '2xx': number
    statusCodeStats: Record<string, { count: number }>
  }
  export interface Request {
    method?: string
    path?: string
    headers?: Record<string, string>
    onResponse?: (status: number | undefined, body: string, context: Record<string, unknown>) => void
  }
  export interface Options {
    url: string
    /** Each connection cycles through these in order. */
    requests?: Request[]
    connections?: number
    duration?: number
    headers?: Record<string, string>
    timeout?: number
  }
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
