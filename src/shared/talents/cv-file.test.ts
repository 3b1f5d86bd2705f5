import { describe, expect, it } from 'vitest';
import { CV_MAX_BYTES, cvFileName, cvFileProblem, fileSizeLabel } from './cv-file.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const pdf = (body = 'x') => bytes(`%PDF-1.4\n${body}\n%%EOF\n`);

describe('cvFileProblem', () => {
  it('accepts a PDF from its magic to its end marker', () => {
    expect(cvFileProblem(pdf())).toBeUndefined();
  });

  it('refuses what does not start as a PDF, whatever it is called', () => {
    expect(cvFileProblem(bytes('Hello, I am a text file.\n%%EOF'))).toBe('not_pdf');
    expect(cvFileProblem(new Uint8Array())).toBe('not_pdf');
    expect(cvFileProblem(bytes('%PDF'))).toBe('not_pdf');
  });

  it('refuses a PDF cut off before its end marker', () => {
    const whole = pdf('y'.repeat(5000));
    expect(cvFileProblem(whole.subarray(0, 3000))).toBe('truncated');
  });

  it('looks for the end marker in the last kilobyte only', () => {
    expect(cvFileProblem(bytes(`%PDF-1.7\n%%EOF${' '.repeat(1000)}`))).toBeUndefined();
    expect(cvFileProblem(bytes(`%PDF-1.7\n%%EOF${' '.repeat(1100)}`))).toBe('truncated');
  });

  it('refuses more than 5 MB before looking inside', () => {
    const big = new Uint8Array(CV_MAX_BYTES + 1);
    big.set(pdf());
    expect(cvFileProblem(big)).toBe('too_large');
    const limit = new Uint8Array(CV_MAX_BYTES);
    limit.set(bytes('%PDF-1.4\n'));
    limit.set(bytes('%%EOF'), CV_MAX_BYTES - 5);
    expect(cvFileProblem(limit)).toBeUndefined();
  });
});

describe('cvFileName', () => {
  it('keeps a plain name', () => {
    expect(cvFileName('Ana Lopez CV.pdf')).toBe('Ana Lopez CV.pdf');
  });

  it('drops folders, control characters and header-breaking quotes', () => {
    expect(cvFileName('C:\\Users\\ana\\"cv"\r\n.PDF')).toBe('cv.pdf');
    expect(cvFileName('../../etc/passwd')).toBe('passwd.pdf');
  });

  it('names a nameless file cv.pdf and shortens a long one', () => {
    expect(cvFileName(undefined)).toBe('cv.pdf');
    expect(cvFileName('   ')).toBe('cv.pdf');
    expect(cvFileName(`${'a'.repeat(300)}.pdf`)).toHaveLength(120);
  });
});

describe('fileSizeLabel', () => {
  it('reads in kB below a megabyte and in MB above', () => {
    expect(fileSizeLabel(200, 'en')).toBe('1 kB');
    expect(fileSizeLabel(310 * 1024, 'en')).toBe('310 kB');
    expect(fileSizeLabel(2.4 * 1024 * 1024, 'en')).toBe('2.4 MB');
  });

  it('writes the number as the language does', () => {
    expect(fileSizeLabel(1.5 * 1024 * 1024, 'de')).toBe('1,5 MB');
    expect(fileSizeLabel(1200 * 1024, 'de')).toBe('1,2 MB');
    expect(fileSizeLabel(980 * 1024, 'de')).toBe('980 kB');
  });
});
