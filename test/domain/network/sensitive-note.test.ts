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

describe('a note in Spanish that looks like client-identifying information is flagged', () => {
  it.each<[string, SensitiveHint]>([
    // Fechas de nacimiento
    ['fecha de nacimiento pendiente', 'date-of-birth'],
    ['F. nac.: la tiene la escuela', 'date-of-birth'],
    ['fecha nac 3/5', 'date-of-birth'],
    ['nació el 3 de mayo', 'date-of-birth'],
    ['nacida en 1987 en Sevilla', 'date-of-birth'],
    ['nacido el 12/03', 'date-of-birth'],
    ['3 de mayo de 1990', 'date-of-birth'],
    ['el 1.º de enero del 1990', 'date-of-birth'],
    ['12 sept. 1987', 'date-of-birth'],
    ['mayo 3 de 1990', 'date-of-birth'],
    // Expedientes y números de caso
    ['expediente 12345', 'case-number'],
    ['n.º de expediente: 2024/0012', 'case-number'],
    ['exp. 88231 en revisión', 'case-number'],
    ['caso n.º 4471', 'case-number'],
    ['historia clínica HC-2291', 'case-number'],
    ['ficha 2024-118', 'case-number'],
    // Documentos de identidad
    ['DNI 12345678Z', 'id-number'],
    ['le falta el dni', 'id-number'],
    ['12.345.678-Z', 'id-number'],
    ['NIE X1234567L', 'id-number'],
    ['y1234567x', 'id-number'],
    ['necesita su NIE', 'id-number'],
    ['número de la Seguridad Social pendiente', 'id-number'],
    ['nº de afiliación al llegar', 'id-number'],
    ['pasaporte n.º en la carpeta', 'id-number'],
    ['RUT 12.345.678-5', 'id-number'],
    ['CURP GODE561231HDFRRN09', 'id-number'],
    ['trajo la cédula', 'id-number'],
    // Direcciones
    ['vive en la calle Mayor 5', 'street-address'],
    ['C/ Alcalá, 23, 2.º B', 'street-address'],
    ['Avda. de la Constitución 12', 'street-address'],
    ['plaza de España, n.º 1', 'street-address'],
    ['Paseo de Gracia 43', 'street-address'],
    ['Av. Insurgentes Sur 1234', 'street-address'],
    ['Calle 45 # 12-30', 'street-address'],
    ['carrera 7 n.º 45-10', 'street-address'],
  ])('%j → %s', (text, hint) => {
    expect(sensitiveHints(text)).toEqual([hint]);
  });

  it("flags Spain's social security number, which is long enough to be a record number too", () => {
    expect(sensitiveHints('NSS 28/12345678/90')).toContain('id-number');
    expect(sensitiveHints('28 1234567 89')).toContain('id-number');
  });

  it('names each kind once, in the same order as in English', () => {
    const note = 'calle Mayor 5, expediente 55123, nació el 3 de mayo, DNI 12345678Z';
    expect(sensitiveHints(note)).toEqual([
      'date-of-birth',
      'case-number',
      'id-number',
      'street-address',
    ]);
  });
});

describe('an ordinary note in Spanish about a peer is not flagged', () => {
  it.each([
    'nos vemos el martes a las 3',
    'tiene 2 hijos',
    'llamar en 2 semanas',
    'sala 12',
    'supervisión cada 4 semanas',
    'hablamos 45 minutos',
    'desde 2019',
    'Estaba cansada después de una semana larga y nos reímos mucho.',
    'La supervisión pasa al 12 de marzo',
    'el martes 3 de marzo',
    'su bebé nació la semana pasada',
    'nació en Lima',
    'cruzamos la calle 2 veces',
    'caminamos 2 cuadras por la calle',
    'en caso de que 2 no puedan venir',
    'el expediente de 2019 está cerrado',
    'una carga de 30 casos este mes',
    'trabaja en la Seguridad Social',
    'tiene que renovar el pasaporte',
    'el pasaporte no llegó',
    'café a las 11 con Sam en la Plaza Mayor',
    'paseo con Ana 20 minutos',
    'en la Plaza Mayor 2 veces',
    'versión 1.2 del cuadrante',
    'recaudó 1.200 € para la carrera de 5 km',
    'stuck in a rut after 3 weeks',
    'met Ronda Lee 3 times',
  ])('%j', (text) => {
    expect(sensitiveHints(text)).toEqual([]);
  });
});
