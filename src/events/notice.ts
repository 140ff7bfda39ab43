/**
 * The signal a service emits to tell the operator something on the `nimbus start` console (log level
 * `info`): the service words the line, the server only prints it.
 */
export const NOTICE = 'nimbus.notice';

export interface Notice {
  message: string;
}
