/**
 * Milliseconds on a clock every process of the machine shares (the wall clock at the process's
 * start, plus the monotonic time since): a receipt timed in one process is compared with a send
 * timed in another.
 */
export const wallClock = () => performance.timeOrigin + performance.now();
