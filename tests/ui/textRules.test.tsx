/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Form, SaveButton, TextInput } from 'react-admin';
import { optionalName, requiredLine, requiredName } from '../../admin-ui/src/common/textRules';
import { renderInWorkspace } from './support/workspace';

function PersonForm({ onSubmit }: { onSubmit: (values: object) => void }) {
  return (
    <Form onSubmit={onSubmit} mode="onSubmit">
      <TextInput source="lastName" label="Фамилия" validate={requiredName} />
      <TextInput source="middleName" label="Отчество" validate={optionalName} />
      <TextInput source="address" label="Адрес" validate={requiredLine} />
      <SaveButton alwaysEnable />
    </Form>
  );
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label, { exact: false }), { target: { value } });

describe('the workspace forms use the API text rules', () => {
  it('refuses on the spot an emoji in a surname, a bidi override in a middle name and an invisible-only address', async () => {
    const submitted: object[] = [];
    renderInWorkspace(<PersonForm onSubmit={(v) => submitted.push(v)} />);
    type('Фамилия', 'Иванов😀');
    type('Отчество', 'Петрович\u202e');
    type('Адрес', '\u200b\u200b');
    fireEvent.click(screen.getByRole('button', { name: /Сохранить/ }));
    expect(await screen.findByText(/Недопустимый символ в имени: «😀»/)).toBeTruthy();
    expect(screen.getByText('Недопустимый символ: управление направлением текста U+202E')).toBeTruthy();
    expect(screen.getByText('Поле состоит только из невидимых символов')).toBeTruthy();
    expect(submitted).toEqual([]);
  });

  it('lets a hyphenated name with an apostrophe through', async () => {
    const submitted: object[] = [];
    renderInWorkspace(<PersonForm onSubmit={(v) => submitted.push(v)} />);
    type('Фамилия', 'Петрова-О’Нил');
    type('Адрес', 'г. Самара, ул. Ленинская, д. 1');
    fireEvent.click(screen.getByRole('button', { name: /Сохранить/ }));
    await waitFor(() => expect(submitted).toEqual([expect.objectContaining({ lastName: 'Петрова-О’Нил' })]));
  });
});
