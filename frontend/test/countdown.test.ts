import { describe, expect, it } from 'vitest';
import { formatCountdown, secondsLeft } from '../src/shared/countdown';

const NOW = Date.parse('2026-11-24T10:00:00.000Z');

describe('secondsLeft', () => {
  it('rounds up, so that the last second still shows 1', () => {
    expect(secondsLeft('2026-11-24T10:00:20.000Z', NOW)).toBe(20);
    expect(secondsLeft('2026-11-24T10:00:19.001Z', NOW)).toBe(20);
    expect(secondsLeft(NOW + 1, NOW)).toBe(1);
  });

  it('is zero at and after the deadline', () => {
    expect(secondsLeft(NOW, NOW)).toBe(0);
    expect(secondsLeft('2026-11-24T09:59:00Z', NOW)).toBe(0);
  });
});

describe('formatCountdown', () => {
  it('shows minutes and two-digit seconds', () => {
    expect(formatCountdown(20)).toBe('0:20');
    expect(formatCountdown(7)).toBe('0:07');
    expect(formatCountdown(90)).toBe('1:30');
    expect(formatCountdown(0)).toBe('0:00');
  });

  it('never shows a negative or fractional time', () => {
    expect(formatCountdown(-3)).toBe('0:00');
    expect(formatCountdown(9.7)).toBe('0:09');
  });
});
