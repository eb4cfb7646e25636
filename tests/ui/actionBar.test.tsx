/** @jest-environment jsdom */
import { waitFor } from '@testing-library/react';
import { ActionBar } from '../../admin-ui/src/needs/ActionBar';
import { USER_ID, renderInWorkspace, signInAs } from './support/workspace';

const OTHER_USER = '00000000-0000-4000-8000-000000000002';

async function buttonsFor(role: string, status: string, assigneeId: string | null = null): Promise<string[]> {
  signInAs(role);
  const { container, unmount } = renderInWorkspace(<ActionBar />, { id: 'n1', status, assigneeId, organisation: { id: 'o1' } });
  // Permissions arrive asynchronously from the auth provider; the bar settles once they do.
  await waitFor(() => expect(container.querySelector('[data-testid="action-bar"]')).not.toBeNull());
  const names = [...container.querySelectorAll('button')].map((b) => b.textContent ?? '');
  unmount();
  return names;
}

describe('action bar', () => {
  afterEach(() => localStorage.clear());

  it('offers an executor claim and accept on a case waiting in the queue', async () => {
    expect(await buttonsFor('EXECUTOR', 'ASSIGNED')).toEqual(['Взять себе', 'Принять в работу', 'Отказать']);
  });

  it('offers the assignee the resolution steps once the case is in progress', async () => {
    expect(await buttonsFor('EXECUTOR', 'IN_PROGRESS', USER_ID)).toEqual(['Запросить информацию', 'Поддержка оказана', 'Отказать']);
  });

  it('offers another executor only to claim a case someone else holds', async () => {
    expect(await buttonsFor('EXECUTOR', 'IN_PROGRESS', OTHER_USER)).toEqual(['Взять себе']);
  });

  it('lets a supervisor reassign and reroute an open case', async () => {
    const buttons = await buttonsFor('SUPERVISOR', 'IN_PROGRESS', OTHER_USER);
    expect(buttons).toEqual(expect.arrayContaining(['Назначить исполнителя', 'Перенаправить']));
  });

  it('lets the operator answer a request for information or withdraw the need', async () => {
    expect(await buttonsFor('OPERATOR', 'WAITING_INFO')).toEqual(['Предоставить информацию', 'Отозвать']);
  });

  it('shows no write controls to an auditor, or on a closed case', async () => {
    expect(await buttonsFor('AUDITOR', 'IN_PROGRESS')).toEqual([]);
    expect(await buttonsFor('EXECUTOR', 'RESOLVED', USER_ID)).toEqual([]);
  });
});
