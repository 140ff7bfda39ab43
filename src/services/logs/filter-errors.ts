/** A filter pattern the syntax does not allow; the provider reports it as InvalidParameterException. */
export class FilterPatternError extends Error {}
