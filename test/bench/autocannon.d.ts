declare module 'autocannon' {
  /** The load generator: resolves with its results when the run ends. */
  const autocannon: (options: Record<string, unknown>) => Promise<unknown>;
  export default autocannon;
}
