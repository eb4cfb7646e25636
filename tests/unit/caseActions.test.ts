import { actionsFor } from '../../admin-ui/src/needs/caseActions';

describe('the case page offers only the actions of the current state and role', () => {
  const me = 'user-1';
  it('offers an executor to take and accept a case waiting in the queue', () => {
    expect(actionsFor('ASSIGNED', 'EXECUTOR', null, me)).toEqual(['claim', 'accept', 'reject']);
  });
  it('offers the assignee to ask for information or resolve a case in progress', () => {
    expect(actionsFor('IN_PROGRESS', 'EXECUTOR', me, me)).toEqual(['requestInfo', 'resolve', 'reject']);
  });
  it('offers an executor nothing but taking over a case someone else holds', () => {
    expect(actionsFor('IN_PROGRESS', 'EXECUTOR', 'someone-else', me)).toEqual(['claim']);
  });
  it('offers the operator to answer a question or withdraw the need', () => {
    expect(actionsFor('WAITING_INFO', 'OPERATOR', 'someone', me)).toEqual(['provideInfo', 'cancel']);
  });
  it('offers nothing on a closed case and nothing to an auditor', () => {
    expect(actionsFor('RESOLVED', 'EXECUTOR', me, me)).toEqual([]);
    expect(actionsFor('IN_PROGRESS', 'AUDITOR', null, me)).toEqual([]);
  });
});
