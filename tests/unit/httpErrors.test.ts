import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ActivityFailure, ApplicationFailure, RetryState } from '@temporalio/common';
import { toHttpError } from '../../api/http/errorMiddleware';
import { CASE_FAILURES, PROJECTION_REJECTED } from '../../shared/needCase';

const updateFailed = (cause: Error) => new WorkflowUpdateFailedError('Workflow Update failed', cause);

describe('what the API answers when a case refuses or fails an update', () => {
  it('answers a refusal by the case rules with its status and the rule’s own Russian message', () => {
    const answer = toHttpError(updateFailed(ApplicationFailure.nonRetryable('Дело уже у вас в работе', CASE_FAILURES.invalidTransition)));
    expect(answer).toMatchObject({ status: 409, code: 'INVALID_TRANSITION', message: 'Дело уже у вас в работе' });
  });

  it('answers a record the database refused with 422 at once, not a hang or a 500', () => {
    const refused = ApplicationFailure.nonRetryable('invalid byte sequence for encoding "UTF8": 0x00', PROJECTION_REJECTED);
    const activity = new ActivityFailure(
      'Activity task failed',
      'recordCaseChange',
      '1',
      RetryState.NON_RETRYABLE_FAILURE,
      'worker',
      refused,
    );
    expect(toHttpError(updateFailed(activity))).toMatchObject({ status: 422, code: 'REJECTED_BY_DATABASE' });
  });

  it('says in Russian that the case ended when the workflow completed before the update did', () => {
    const ended = ApplicationFailure.create({
      message: 'Workflow Update failed because the Workflow completed before the Update completed.',
      type: 'AcceptedUpdateCompletedWorkflow',
    });
    const answer = toHttpError(updateFailed(ended));
    expect(answer).toMatchObject({ status: 409, code: 'CASE_CLOSED' });
    expect(answer.message).toMatch(/^Дело завершилось/);
  });
});
