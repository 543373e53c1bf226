/**
 * The time the rules run at. Production reads the system clock; tests move it
 * (an SLA expiring, a link going stale) without touching the data. Every
 * time-dependent query takes `now` from here, never SQL's `now()`.
 */
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Moves the clock forward (or back) by `ms` milliseconds. */
  advance(ms: number): void {
    this.offsetMs += ms;
  }

  /** Sets the clock to `date` from now on (it keeps ticking from there). */
  set(date: Date): void {
    this.offsetMs = date.getTime() - Date.now();
  }

  reset(): void {
    this.offsetMs = 0;
  }
}
