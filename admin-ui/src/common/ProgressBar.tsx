import { Box, LinearProgress, Typography } from '@mui/material';

/** A determinate progress bar named for screen readers, with the counts written under it. */
export function ProgressBar({ percent, label, text }: { percent: number; label: string; text: string }) {
  return (
    <Box>
      <LinearProgress variant="determinate" value={percent} aria-label={label} />
      <Typography variant="body2">{text}</Typography>
    </Box>
  );
}
