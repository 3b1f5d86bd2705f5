import { TextInput, type TextInputProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDate } from '../time';

/**
 * A wall-clock time as the app writes times: `HH:MM` on the 24-hour clock, whatever the browser's language (a
 * native time input would show `09:00 AM` in many). The shared schemas check what is typed.
 */
export function TimeField(props: TextInputProps) {
  return (
    <TextInput placeholder="HH:MM" inputMode="numeric" maxLength={5} autoComplete="off" w={150} {...props} />
  );
}

/**
 * A calendar day, picked with the browser's date picker and described under the field as the app writes dates
 * (`Tue, 4 Mar 2030`), so a picker showing `03/04/2030` in one language or `04.03.2030` in another is never the only
 * reading. `hint` stands there while no day is picked.
 */
export function DateField({ hint, ...props }: Omit<TextInputProps, 'description'> & { hint: ReactNode }) {
  const value = typeof props.value === 'string' ? props.value : '';
  return (
    <TextInput
      type="date"
      w={190}
      {...props}
      description={/^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : hint}
    />
  );
}
