/** Whole seconds left until the deadline, rounded up so that "0" means it has passed. Never negative. */
export function secondsLeft(deadline: string | number, now: number): number {
  const end = typeof deadline === 'number' ? deadline : Date.parse(deadline);
  return Math.max(0, Math.ceil((end - now) / 1000));
}

/** "0:07", "1:30": minutes and zero-padded seconds. */
export function formatCountdown(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
