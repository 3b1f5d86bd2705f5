import {
  TagsInput,
  type TagsInputProps,
  Textarea,
  type TextareaProps,
  TextInput,
  type TextInputProps,
} from '@mantine/core';
import { type ReactNode, useState } from 'react';

/**
 * Fields whose length the API limits show how much is used (`42/60`) beside their description, so nobody learns
 * the limit from a refusal. The count is part of the description, which screen readers read with the field.
 */
function withCount(description: ReactNode, length: number, max: number): ReactNode {
  const over = length > max;
  return (
    <span style={{ display: 'flex', justifyContent: 'space-between', gap: 'var(--mantine-spacing-xs)' }}>
      <span>{description}</span>
      <span
        style={{
          flexShrink: 0,
          fontVariantNumeric: 'tabular-nums',
          color: over ? 'var(--mantine-color-red-9)' : undefined,
        }}
      >
        {length}/{max}
      </span>
    </span>
  );
}

type Limited<P> = Omit<P, 'maxLength'> & { maxLength: number };

export function LimitedTextInput({ maxLength, description, ...props }: Limited<TextInputProps>) {
  const length = String(props.value ?? '').length;
  return (
    <TextInput maxLength={maxLength} description={withCount(description, length, maxLength)} {...props} />
  );
}

export function LimitedTextarea({ maxLength, description, ...props }: Limited<TextareaProps>) {
  const length = String(props.value ?? '').length;
  return (
    <Textarea maxLength={maxLength} description={withCount(description, length, maxLength)} {...props} />
  );
}

/**
 * Tags of limited length: the count is of the entry being typed, and an entry over the limit says so at once
 * (`entryError`, from the shared schema) rather than when the form is sent.
 */
export function LimitedTagsInput({
  maxLength,
  description,
  error,
  entryError,
  ...props
}: Limited<TagsInputProps> & { entryError: (entry: string) => string | undefined }) {
  const [entry, setEntry] = useState('');
  return (
    <TagsInput
      description={withCount(description, entry.length, maxLength)}
      searchValue={entry}
      onSearchChange={setEntry}
      error={(entry.length > maxLength && entryError(entry)) || error}
      {...props}
    />
  );
}
