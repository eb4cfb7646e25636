import EditIcon from '@mui/icons-material/Edit';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Title, usePermissions, useTranslate } from 'react-admin';
import type { CalculatorRequest } from '../../../../shared/schemas/poverty';
import { AssessmentView } from '../AssessmentView';
import { regionToday } from '../dates';
import { HOUSEHOLD_READERS } from '../roles';
import type { HypotheticalInput } from './calculatorInput';
import { hypotheticalRequest, incomeProblems, newMember, whatIfFrom } from './calculatorInput';
import { ConclusionActions } from './ConclusionActions';
import type { HouseholdOption } from './HouseholdPicker';
import { HouseholdPicker } from './HouseholdPicker';
import { HypotheticalForm } from './HypotheticalForm';
import { useCalculation } from './useCalculation';

type Mode = 'household' | 'hypothetical';

const ready = (input: HypotheticalInput) =>
  input.region !== '' && input.members.every((m) => m.birthDate !== '') && incomeProblems(input).size === 0;

/**
 * «Калькулятор соцконтракта»: a family of the passport or a household typed by hand, each member's
 * ПМ, the threshold, the per-capita income, the verdict and the gap; any change is recomputed by the API.
 */
export function CalculatorPage() {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.poverty.calculator.${key}`);
  const { permissions } = usePermissions<string>();
  const readsHouseholds = HOUSEHOLD_READERS.includes(permissions ?? '');
  const [mode, setMode] = useState<Mode>(readsHouseholds ? 'household' : 'hypothetical');
  const [household, setHousehold] = useState<HouseholdOption | null>(null);
  const [date, setDate] = useState(regionToday());
  const [input, setInput] = useState<HypotheticalInput>({ region: 'RU-SAM', date: regionToday(), members: [newMember()] });

  const request: CalculatorRequest | null =
    mode === 'household'
      ? household && { householdId: household.id, date }
      : ready(input)
        ? hypotheticalRequest(input, (n) => translate('app.poverty.calculator.memberN', { n }))
        : null;
  const { data: assessment, error, isFetching } = useCalculation(request);
  const shown = request ? assessment : undefined;

  return (
    <Box sx={{ mt: 1 }}>
      <Title title={t('title')} />
      <Card>
        <CardContent>
          {readsHouseholds && (
            <ToggleButtonGroup exclusive size="small" value={mode} onChange={(_, m: Mode | null) => m && setMode(m)} sx={{ mb: 2 }}>
              <ToggleButton value="household" data-testid="mode-household">
                {t('modeHousehold')}
              </ToggleButton>
              <ToggleButton value="hypothetical" data-testid="mode-hypothetical">
                {t('modeHypothetical')}
              </ToggleButton>
            </ToggleButtonGroup>
          )}
          {mode === 'household' ? (
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
              <Box sx={{ flex: 1 }}>
                <HouseholdPicker value={household} onChange={setHousehold} />
              </Box>
              <TextField
                type="date"
                name="householdDate"
                label={t('date')}
                value={date}
                onChange={(e) => e.target.value && setDate(e.target.value)}
                slotProps={{ inputLabel: { shrink: true } }}
              />
            </Stack>
          ) : (
            <>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {t('whatIfHint')}
              </Typography>
              <HypotheticalForm value={input} onChange={setInput} />
            </>
          )}
        </CardContent>
      </Card>
      <Card sx={{ mt: 2 }}>
        <CardContent>
          <Typography variant="h6">{translate('app.poverty.result.title')}</Typography>
          <Box sx={{ height: 4, mb: 1 }}>{isFetching && <LinearProgress aria-label={t('recomputing')} />}</Box>
          {error && <Alert severity="error">{(error as Error).message}</Alert>}
          {!shown && !error && <Typography color="text.secondary">{t('empty')}</Typography>}
          {shown && request && (
            <>
              <AssessmentView assessment={shown} />
              <ConclusionActions request={request} assessment={shown} householdId={mode === 'household' ? (household?.id ?? null) : null} />
              {mode === 'household' && (
                <Button
                  startIcon={<EditIcon />}
                  sx={{ mt: 1 }}
                  onClick={() => {
                    setInput(whatIfFrom(shown));
                    setMode('hypothetical');
                  }}
                  data-testid="what-if"
                >
                  {t('whatIf')}
                </Button>
              )}
              <Typography variant="caption" component="div" color="text.secondary" sx={{ mt: 1 }}>
                {t('disclaimer')}
              </Typography>
            </>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
