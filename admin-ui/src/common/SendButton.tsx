import { Button, CircularProgress } from '@mui/material';
import type { ButtonProps } from '@mui/material';

/** A button that sends a request: disabled with a spinner while it runs, so it is never sent twice. */
export function SendButton({ pending, disabled, startIcon, ...props }: ButtonProps & { pending: boolean }) {
  return (
    <Button
      {...props}
      disabled={disabled || pending}
      aria-busy={pending}
      startIcon={pending ? <CircularProgress size={16} color="inherit" /> : startIcon}
    />
  );
}
