import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useNotify } from 'react-admin';

/** What the API said was wrong: a message, and field messages for the form (react-admin's HttpError body). */
interface SendError {
  message: string;
  body?: { errors?: Record<string, string> };
}

interface SendOptions<TVariables, TResult> {
  /** The notification shown once it is done: a message key, or a key with its arguments from what was sent and answered. */
  done?: string | ((result: TResult, variables: TVariables) => [string, Record<string, unknown>]);
  onSuccess?: (result: TResult) => void;
  /** The fields the form shows messages on; messages for others (or none) go to a notification. */
  fields?: readonly string[];
  /** Checks made before sending (the API's own text rules): a problem is shown on its field and nothing is sent. */
  check?: (variables: TVariables) => Record<string, string>;
}

/**
 * A request that changes something, as react-admin's mutation hooks do it: `isPending` for the button,
 * the API's error shown (field messages on the fields, the rest in a notification), and never sent
 * twice at once — the ref closes the gap before React re-renders the disabled button.
 */
export function useSend<TVariables, TResult>(
  send: (variables: TVariables) => Promise<TResult>,
  options: SendOptions<TVariables, TResult> = {},
) {
  const notify = useNotify();
  const inFlight = useRef(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const mutation = useMutation<TResult, SendError, TVariables>({
    mutationFn: send,
    onSuccess: (result, variables) => {
      setFieldErrors({});
      if (typeof options.done === 'string') notify(options.done, { type: 'success' });
      else if (options.done) {
        const [message, messageArgs] = options.done(result, variables);
        notify(message, { type: 'success', messageArgs });
      }
      options.onSuccess?.(result);
    },
    onError: (error) => {
      const errors = error.body?.errors ?? {};
      const shown = Object.fromEntries(Object.entries(errors).filter(([field]) => options.fields?.includes(field)));
      setFieldErrors(shown);
      const unshown = Object.entries(errors).filter(([field]) => !(field in shown));
      if (Object.keys(shown).length === 0 || unshown.length > 0) {
        notify(unshown.length > 0 ? unshown.map(([, message]) => message).join('; ') : error.message, {
          type: 'error',
          multiLine: true,
        });
      }
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });
  const submit = (variables: TVariables) => {
    if (inFlight.current) return;
    const problems = options.check?.(variables) ?? {};
    if (Object.keys(problems).length > 0) return setFieldErrors(problems);
    inFlight.current = true;
    mutation.mutate(variables);
  };
  const reset = () => setFieldErrors({});
  return { submit, isPending: mutation.isPending, fieldErrors, reset };
}
