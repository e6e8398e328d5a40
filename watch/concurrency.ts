/** Workspaces checked at the same time: 1,000 read in well under a minute at 100 ms a request, on one small machine. */
export const CONCURRENCY = 50;
