/**
 * The environment that makes every service compute each answer afresh: no answers kept by the
 * gateway or the subgraphs. The statement counts and the scale phase measure what computing an
 * answer costs — the first request after every change — rather than serving a kept one.
 */
export const COMPUTE_AFRESH_ENV = { ANSWER_CACHE: 'false', RESPONSE_CACHE_MB: '0' } as const;
