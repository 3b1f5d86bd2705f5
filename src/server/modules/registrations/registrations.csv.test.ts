import { describe, expect, it } from 'vitest';
import { AppError } from '../../infra/http/errors.js';
import { parseRecruitersCsv, parseTalentsCsv } from './registrations.csv.js';

const thrown = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
};

describe('reading talents from CSV', () => {
  it('maps columns by header, case-insensitively and in any order, ignoring extra columns', () => {
    const csv = [
      '\ufeffName,EMAIL,Favourite colour,Languages,Topics,Links,Level,Headline',
      'Kim Lee, Kim@Example.test ,blue,English; German;;English,AI;Robotics,https://kim.dev;http://x.test,Senior (6+ years),Engineer',
    ].join('\r\n');
    expect(parseTalentsCsv(csv)).toEqual({
      rows: [
        {
          row: 2,
          email: 'kim@example.test',
          name: 'Kim Lee',
          profile: {
            languages: ['English', 'German'],
            topics: ['AI', 'Robotics'],
            links: ['https://kim.dev', 'http://x.test'],
            level: 'senior',
            headline: 'Engineer',
          },
        },
      ],
      errors: [],
    });
  });

  it('leaves empty cells out of the profile, so they do not overwrite stored values', () => {
    const { rows } = parseTalentsCsv('email,name,headline,bio,level\na@x.test,A,,,\n');
    expect(rows[0]!.profile).toEqual({});
  });

  it('accepts levels by value or by label, and names the choices for anything else', () => {
    const csv = 'email,name,level\na@x.test,A,STUDENT\nb@x.test,B,entry level (0–2 years)\nc@x.test,C,guru\n';
    const { rows, errors } = parseTalentsCsv(csv);
    expect(rows.map((r) => r.profile.level)).toEqual(['student', 'entry']);
    expect(errors).toEqual([{ row: 4, message: expect.stringContaining('“guru” is not a level') }]);
    expect(errors[0]!.message).toContain('senior (Senior (6+ years))');
  });

  it('reports each bad row with its spreadsheet row number and keeps the good ones', () => {
    const csv = [
      'email,name,links,bio',
      'good@x.test,Good,',
      'not-an-email,Bad Email,',
      '',
      ',No Email,',
      'link@x.test,Bad Link,ftp://x.test',
      '"multi@x.test",Multi,,"A bio on',
      'two lines"',
      'GOOD@x.test,Again,',
      'last@x.test,Last,',
    ].join('\n');
    const { rows, errors } = parseTalentsCsv(csv);
    expect(rows.map((r) => [r.row, r.email])).toEqual([
      [2, 'good@x.test'],
      [7, 'multi@x.test'],
      [9, 'last@x.test'],
    ]);
    expect(errors).toEqual([
      { row: 3, message: 'email: Enter a valid email address.' },
      { row: 5, message: 'email is empty.' },
      { row: 6, message: 'links: Links must start with http:// or https://' },
      { row: 8, message: 'good@x.test already appears in row 2.' },
    ]);
  });

  it('refuses a file without the required columns, naming them', () => {
    const error = thrown(() => parseTalentsCsv('mail,full name\na@x.test,A\n'));
    expect(error.code).toBe('registrations.missing_columns');
    expect(error.status).toBe(400);
    expect(error.message).toContain('email, name are missing');
  });

  it('hints at the separator when the columns came separated by semicolons', () => {
    expect(thrown(() => parseTalentsCsv('email;name\na@x.test;A\n')).message).toContain('commas');
  });

  it('refuses malformed CSV as a whole, with the parser’s line', () => {
    const error = thrown(() => parseTalentsCsv('email,name\na@x.test,A\n"b@x.test,B\nc@x.test,C\n'));
    expect(error.code).toBe('registrations.malformed_csv');
    expect(error.message).toMatch(/line 4/);
    expect(error.message).toContain('Nothing was imported');
  });

  it('refuses more than 5,000 data rows, and takes exactly 5,000', () => {
    const lines = (n: number) =>
      ['email,name', ...Array.from({ length: n }, (_, i) => `p${i}@x.test,P ${i}`)].join('\n');
    expect(parseTalentsCsv(lines(5000)).rows).toHaveLength(5000);
    const error = thrown(() => parseTalentsCsv(lines(5001)));
    expect(error.code).toBe('registrations.too_many_rows');
    expect(error.message).toContain('5,001 rows');
  });
});

describe('reading recruiters from CSV', () => {
  it('requires company, email and name, and treats an empty booth as not given', () => {
    const csv =
      'company,booth,email,name\nAcme,B12,alex@acme.test,Alex\nAcme,,sam@acme.test,Sam\n,,x@y.test,X\n';
    expect(parseRecruitersCsv(csv)).toEqual({
      rows: [
        { row: 2, company: 'Acme', booth: 'B12', email: 'alex@acme.test', name: 'Alex' },
        { row: 3, company: 'Acme', email: 'sam@acme.test', name: 'Sam' },
      ],
      errors: [{ row: 4, message: 'company is empty.' }],
    });
  });

  it('needs the company column', () => {
    expect(thrown(() => parseRecruitersCsv('email,name\na@x.test,A\n')).message).toContain(
      'company is missing',
    );
  });
});
