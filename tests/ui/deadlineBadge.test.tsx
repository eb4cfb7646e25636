/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { DeadlineBadge } from '../../admin-ui/src/needs/DeadlineBadge';
import { renderInWorkspace } from './support/workspace';

const timing = (overrides: object) => ({
  id: 'n1',
  status: 'IN_PROGRESS',
  activeDueAt: '2026-12-01T20:00:00.000Z',
  workingDaysLeft: 3,
  overdue: false,
  escalationLevel: 0,
  ...overrides,
});

describe('deadline badge', () => {
  it('names the deadline (to resolve once in work), shows its day in Samara time and the working days left', async () => {
    // 20:00 UTC on 1 December is midnight in Samara: the deadline ends 1 December local time.
    renderInWorkspace(<DeadlineBadge />, timing({}));
    const badge = await screen.findByTestId('deadline-badge');
    expect(badge.textContent).toBe('Решить до 01.12.2026 · Осталось 3 раб. дн.');
    expect(badge.dataset.urgency).toBe('later');
  });

  it('names the deadline to accept while the case waits in the queue, and colours two working days left as soon', async () => {
    renderInWorkspace(<DeadlineBadge />, timing({ status: 'ASSIGNED', workingDaysLeft: 2 }));
    const badge = await screen.findByTestId('deadline-badge');
    expect(badge.textContent).toBe('Принять до 01.12.2026 · Осталось 2 раб. дн.');
    expect(badge.dataset.urgency).toBe('soon');
  });

  it('turns red and counts the working days overdue, with the escalation level reached', async () => {
    renderInWorkspace(<DeadlineBadge />, timing({ workingDaysLeft: -4, overdue: true, escalationLevel: 2 }));
    const badge = await screen.findByTestId('deadline-badge');
    expect(badge.textContent).toContain('Просрочено на 4 раб. дн.');
    expect(badge.dataset.urgency).toBe('overdue');
    expect(screen.getByText('Эскалация: уровень 2')).toBeTruthy();
  });

  it('warns on the last day', async () => {
    renderInWorkspace(<DeadlineBadge />, timing({ workingDaysLeft: 0 }));
    const badge = await screen.findByTestId('deadline-badge');
    expect(badge.textContent).toContain('Срок сегодня');
    expect(badge.dataset.urgency).toBe('today');
  });

  it('says the clock is paused while the case waits for information', async () => {
    renderInWorkspace(<DeadlineBadge />, timing({ status: 'WAITING_INFO', activeDueAt: null, workingDaysLeft: null }));
    expect(await screen.findByText('Срок приостановлен')).toBeTruthy();
    expect(screen.queryByTestId('deadline-badge')).toBeNull();
  });
});
