import { Textarea, TextInput, type TextareaProps, type TextInputProps } from '@mantine/core';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

interface Bound<T extends FieldValues, U extends FieldValues> {
  control: Control<T, unknown, U>;
  name: FieldPath<T>;
}

type Unbound<P> = Omit<P, 'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'error'>;

/** What every bound text field shows: an optional value left empty (not uncontrolled) and the schema's error inline. */
function shown(value: unknown): string {
  return (value as string | null | undefined) ?? '';
}

/** A text input bound to a react-hook-form field whose resolver is the contract's schema. */
export function FormTextInput<T extends FieldValues, U extends FieldValues>({
  control,
  name,
  ...props
}: Bound<T, U> & Unbound<TextInputProps>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextInput {...props} {...field} value={shown(field.value)} error={fieldState.error?.message} />
      )}
    />
  );
}

/** A growing text area bound to a react-hook-form field, as FormTextInput. */
export function FormTextarea<T extends FieldValues, U extends FieldValues>({
  control,
  name,
  ...props
}: Bound<T, U> & Unbound<TextareaProps>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Textarea autosize {...props} {...field} value={shown(field.value)} error={fieldState.error?.message} />
      )}
    />
  );
}
