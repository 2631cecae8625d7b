/** How a number of whole days is best said: days under two weeks, then weeks, then months. */
export function elapsedUnit(days: number): { value: number; unit: 'day' | 'week' | 'month' } {
  if (days < 14) return { value: days, unit: 'day' };
  if (days < 60) return { value: Math.floor(days / 7), unit: 'week' };
  return { value: Math.floor(days / 30), unit: 'month' };
}
