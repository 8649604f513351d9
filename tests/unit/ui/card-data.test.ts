import { expect, test } from 'vitest';
import { describeFact, formatPartialDate } from '../../../src/ui/card-data.ts';

test('partial dates read naturally', () => {
  expect(formatPartialDate('2020')).toBe('2020');
  expect(formatPartialDate('2024-06')).toBe('Jun 2024');
  expect(formatPartialDate('2020-02-28')).toBe('28 Feb 2020');
});

test('facts become label and plain-text value', () => {
  expect(describeFact({ type: 'office', role: 'President of Turkey', from: 2014 })).toEqual({ label: 'Office', value: 'President of Turkey · since 2014' });
  expect(describeFact({ type: 'office', role: 'Prime Minister', of: 'Turkey', from: 2003, to: 2014 })).toEqual({ label: 'Was', value: 'Prime Minister, Turkey · 2003–2014' });
  expect(describeFact({ type: 'population', value: 1659320, year: 2023 })).toEqual({ label: 'Population', value: '1,659,320 (2023)' });
});
