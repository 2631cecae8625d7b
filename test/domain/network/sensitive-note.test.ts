import { describe, expect, it } from 'vitest';
import { sensitiveHints, type SensitiveHint } from '../../../src/domain/network/sensitive-note';

describe('a note that looks like client-identifying information is flagged', () => {
  it.each<[string, SensitiveHint]>([
    // Dates of birth: full dates in any common order, and the words around them
    ['Her DOB is on the file', 'date-of-birth'],
    ['D.O.B. 4 June', 'date-of-birth'],
    ['date of birth needed for the form', 'date-of-birth'],
    ['born on 3 March 1987', 'date-of-birth'],
    ['born 3rd of March', 'date-of-birth'],
    ['born in 1987 in Leeds', 'date-of-birth'],
    ['born March 3', 'date-of-birth'],
    ['12/03/1987', 'date-of-birth'],
    ['seen 03/12/87 with mum', 'date-of-birth'],
    ['1987-03-12', 'date-of-birth'],
    ['12.03.87', 'date-of-birth'],
    ['3-12-1987', 'date-of-birth'],
    ['3 March 1987', 'date-of-birth'],
    ['March 3rd, 1987', 'date-of-birth'],
    // Case and record numbers
    ['case #12345', 'case-number'],
    ['Case no. 2024-0012 is heavy', 'case-number'],
    ['record 88231', 'case-number'],
    ['MRN 1234567', 'case-number'],
    ['file number ABC-123456', 'case-number'],
    ['client ID: 4471', 'case-number'],
    ['ref: AB/2291', 'case-number'],
    ['the one ending 7734120', 'case-number'],
    // National ID numbers
    ['SSN 123-45-6789', 'id-number'],
    ['123 45 6789', 'id-number'],
    ['QQ 12 34 56 C', 'id-number'],
    ['ni qq123456c', 'id-number'],
    ['needs her national insurance number', 'id-number'],
    ['passport no. on file', 'id-number'],
    // Street addresses
    ['lives at 12 Baker Street', 'street-address'],
    ['221B Baker St. upstairs', 'street-address'],
    ['1600 Pennsylvania Avenue', 'street-address'],
    ['moved to 4 Mill road', 'street-address'],
    ['7 Rose Lane', 'street-address'],
    ['10, Downing Street', 'street-address'],
    ['88 Old Kent Rd', 'street-address'],
    ['3 Elm Ave', 'street-address'],
    ['15 Cherry Tree Drive', 'street-address'],
    ['2 Sunset Blvd', 'street-address'],
    ['9 Queen’s Court', 'street-address'],
    ['41 Harbour Way', 'street-address'],
    ['6 St. Mary’s Place', 'street-address'],
    ['30 Abbey Close', 'street-address'],
    ['14 Royal Crescent', 'street-address'],
    ['5 Marine Terrace', 'street-address'],
  ])('%j → %s', (text, hint) => {
    expect(sensitiveHints(text)).toEqual([hint]);
  });

  it('names each kind once, in a fixed order', () => {
    const note = '14 Royal Crescent, case 55123, DOB 1/2/1990, NI QQ 12 34 56 C, 12 Baker Street';
    expect(sensitiveHints(note)).toEqual([
      'date-of-birth',
      'case-number',
      'id-number',
      'street-address',
    ]);
  });
});

describe('an ordinary note about a peer is not flagged', () => {
  it.each([
    'meet on Tuesday at 3',
    'she has 2 kids',
    'call in 2 weeks',
    'room 12',
    'supervision every 4 weeks',
    'we talked for 45 minutes',
    'since 2019',
    'She was tired after a long week and we had a good laugh.',
    'Supervision moved to 12 March',
    'back on the 3rd',
    'call her back at 3.30',
    'scored it 7/10',
    'her baby was born last week',
    'we walked 2 blocks down the road',
    'a 2 hour drive to the conference',
    'there is 1 more way to try',
    'in case 2 of us cannot make it',
    'the file from 2019 is closed',
    'case load of 30 this month',
    'hearing at 10 Family Court, then lunch',
    'at 2 Crown Court all morning',
    'Dr Patel runs the group',
    'coffee at 11 with Sam',
    'version 1.2 of the rota',
    'raised £1,200 for the 5k',
    '',
  ])('%j', (text) => {
    expect(sensitiveHints(text)).toEqual([]);
  });
});
