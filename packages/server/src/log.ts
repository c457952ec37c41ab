/**
 * Structured JSON log lines, one object per line. Only fields chosen here are written: method,
 * route pattern, status, duration, error codes and names. Never a body, a query string, a header
 * value or anything else the requester typed (AVG art. 5 lid 1 c, data minimisation).
 */
export interface LogRecord {
  readonly level: 'info' | 'warn' | 'error';
  readonly msg: string;
  readonly [field: string]: string | number | boolean | undefined;
}

export type Logger = (record: LogRecord) => void;

/** Writes each record as one JSON line to stdout (info) or stderr (warn, error). */
export function jsonLogger(
  out: { write(line: string): unknown } = process.stdout,
  err: { write(line: string): unknown } = process.stderr,
): Logger {
  return (record) => {
    const line = `${JSON.stringify({ time: new Date().toISOString(), ...record })}\n`;
    (record.level === 'info' ? out : err).write(line);
  };
}

/** Discards everything (tests that do not look at the log). */
export const silentLogger: Logger = () => {};
