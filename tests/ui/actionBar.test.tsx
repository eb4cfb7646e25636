/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Notification } from 'react-admin';
import { ActionBar } from '../../admin-ui/src/needs/ActionBar';
import { CaseComment } from '../../admin-ui/src/needs/CaseComment';
import { clearSession } from '../../admin-ui/src/providers/session';
import { renderInWorkspace, signInAs } from './support/workspace';

const CASE = { id: 'n1', status: 'IN_PROGRESS', assigneeId: null, organisation: { id: 'o1' } };

/** The API as the browser sees it: every request is recorded and answered when the test says so. */
function holdRequests() {
  const sent: { url: string; body: unknown }[] = [];
  const answers: ((response: object) => void)[] = [];
  global.fetch = jest.fn((url: string, init?: RequestInit) => {
    sent.push({ url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    return new Promise((resolve) => answers.push(resolve));
  }) as unknown as typeof fetch;
  // Only what react-admin's fetchJson reads of a response (jsdom has no Response).
  const answer = (status: number, body: object) =>
    answers.shift()?.({ status, statusText: '', headers: new Headers(), text: async () => JSON.stringify(body) });
  return { sent, answer };
}

function buttonNames(container: HTMLElement): string[] {
  return [...container.querySelectorAll('[data-testid="action-bar"] button')].map((b) => b.textContent ?? '');
}

describe('action bar', () => {
  beforeEach(() => signInAs('EXECUTOR'));
  afterEach(() => clearSession());

  it('offers exactly the actions the API allows, in its order, and no others', () => {
    const { container } = renderInWorkspace(<ActionBar />, {
      ...CASE,
      allowedActions: ['claim', 'accept', 'attachDocument', 'comment', 'reject'],
    });
    expect(buttonNames(container)).toEqual(['Взять себе', 'Принять в работу', 'Отказать']);
  });

  it('shows no action when the API allows none', () => {
    const { container } = renderInWorkspace(<ActionBar />, { ...CASE, allowedActions: [] });
    expect(buttonNames(container)).toEqual([]);
  });

  it('sends a double-clicked action once, shows it is working while the API is silent, and then shows its 503 answer', async () => {
    const api = holdRequests();
    renderInWorkspace(
      <>
        <ActionBar />
        <Notification />
      </>,
      { ...CASE, allowedActions: ['claim'] },
    );
    const claim = screen.getByTestId('action-claim');
    fireEvent.click(claim);
    fireEvent.click(claim);
    await waitFor(() => expect(api.sent.length).toBe(1));
    await waitFor(() => expect(claim.hasAttribute('disabled')).toBe(true));
    expect(claim.getAttribute('aria-busy')).toBe('true');
    expect(claim.querySelector('[role="progressbar"]')).not.toBeNull();
    fireEvent.click(claim);
    expect(api.sent.map((r) => r.url)).toEqual(['/api/needs/n1/claim']);

    api.answer(503, { error: { code: 'UNAVAILABLE', message: 'Дело не ответило вовремя, повторите позже' } });
    await screen.findByText('Дело не ответило вовремя, повторите позже');
    await waitFor(() => expect(claim.hasAttribute('disabled')).toBe(false));
  });

  it('sends a dialog once however often its button is pressed, and puts the API’s field message on the field', async () => {
    const api = holdRequests();
    renderInWorkspace(<ActionBar />, { ...CASE, allowedActions: ['requestInfo'] });
    fireEvent.click(screen.getByTestId('action-requestInfo'));
    fireEvent.change(document.querySelector('#action-question') as Element, { target: { value: 'Справка о доходах?' } });
    const submit = screen.getByTestId('action-submit');
    fireEvent.click(submit);
    fireEvent.click(submit);
    await waitFor(() => expect(api.sent.length).toBe(1));
    fireEvent.click(submit);
    await waitFor(() => expect(submit.hasAttribute('disabled')).toBe(true));
    expect(api.sent).toEqual([{ url: '/api/needs/n1/requestInfo', body: { question: 'Справка о доходах?' } }]);
    api.answer(422, { error: { code: 'VALIDATION', message: 'Проверьте поля', fields: { question: 'Вопрос слишком короткий' } } });
    await screen.findByText('Вопрос слишком короткий');
  });
});

describe('case comment', () => {
  beforeEach(() => signInAs('EXECUTOR'));
  afterEach(() => clearSession());

  it('posts a double-clicked comment once and keeps the button disabled until the API answers', async () => {
    const api = holdRequests();
    renderInWorkspace(<CaseComment />, { ...CASE, allowedActions: ['comment'] });
    fireEvent.change(document.querySelector('#case-comment') as Element, { target: { value: 'Позвонила семье' } });
    const send = screen.getByTestId('comment-send');
    fireEvent.doubleClick(send);
    fireEvent.click(send);
    await waitFor(() => expect(api.sent.length).toBe(1));
    fireEvent.click(send);
    await waitFor(() => expect(send.hasAttribute('disabled')).toBe(true));
    expect(api.sent).toEqual([{ url: '/api/needs/n1/comment', body: { text: 'Позвонила семье' } }]);
  });

  it('is not offered when the API does not allow commenting', () => {
    renderInWorkspace(<CaseComment />, { ...CASE, allowedActions: ['claim'] });
    expect(document.querySelector('#case-comment')).toBeNull();
  });
});
