import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { Box, Button, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useApi } from '../../common/useApi';
import { monthText } from '../dates';
import type { HypotheticalInput, MemberInput } from './calculatorInput';
import { incomeMonths } from '../../../../shared/poverty/window';
import { incomeProblems, newMember } from './calculatorInput';

const GROUPS = ['WORKING_AGE', 'PENSIONER', 'CHILD'] as const;

interface RegionRules {
  code: string;
  name: string;
  rules: string[];
}

/** A household typed by hand: the region whose ПМ table applies, the date, and each member with three months of income. */
export function HypotheticalForm({ value, onChange }: { value: HypotheticalInput; onChange: (v: HypotheticalInput) => void }) {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.poverty.calculator.${key}`, options);
  const { data: regions = [] } = useApi<RegionRules[]>('/api/poverty/regions');
  const months = incomeMonths(value.date);
  const problems = incomeProblems(value);
  const region = regions.find((r) => r.code === value.region);
  const setMember = (index: number, change: Partial<MemberInput>) =>
    onChange({ ...value, members: value.members.map((m, i) => (i === index ? { ...m, ...change } : m)) });

  return (
    <Box component="form" noValidate onSubmit={(e) => e.preventDefault()} data-testid="hypothetical-form">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 1 }}>
        <TextField
          select
          id="poverty-region"
          name="region"
          label={t('region')}
          value={regions.length ? value.region : ''}
          onChange={(e) => onChange({ ...value, region: e.target.value })}
          fullWidth={false}
          sx={{ width: 280 }}
        >
          {regions.map((r) => (
            <MenuItem key={r.code} value={r.code}>
              {r.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          type="date"
          name="date"
          label={t('date')}
          value={value.date}
          onChange={(e) => e.target.value && onChange({ ...value, date: e.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
          fullWidth={false}
          sx={{ width: 200 }}
        />
      </Stack>
      {region && (
        <Typography variant="caption" component="ul" color="text.secondary" sx={{ mt: 0, pl: 2 }}>
          {region.rules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </Typography>
      )}
      <Typography variant="subtitle1" sx={{ mt: 1 }}>
        {t('members')}
      </Typography>
      {value.members.map((m, index) => (
        <Stack
          key={m.key}
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ flexWrap: 'wrap', alignItems: 'flex-start', py: 1, borderBottom: 1, borderColor: 'divider' }}
          data-testid="member-input"
        >
          <TextField
            size="small"
            name={`members.${index}.name`}
            label={t('name')}
            placeholder={t('memberN', { n: index + 1 })}
            value={m.name}
            onChange={(e) => setMember(index, { name: e.target.value })}
            fullWidth={false}
            sx={{ width: 220 }}
          />
          <TextField
            size="small"
            type="date"
            name={`members.${index}.birthDate`}
            label={t('birthDate')}
            value={m.birthDate}
            onChange={(e) => setMember(index, { birthDate: e.target.value })}
            slotProps={{ inputLabel: { shrink: true } }}
            fullWidth={false}
            sx={{ width: 170 }}
          />
          <TextField
            select
            size="small"
            name={`members.${index}.group`}
            label={t('group')}
            value={m.group}
            onChange={(e) => setMember(index, { group: e.target.value as MemberInput['group'] })}
            fullWidth={false}
            sx={{ width: 230 }}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          >
            <MenuItem value="">{t('groupAuto')}</MenuItem>
            {GROUPS.map((g) => (
              <MenuItem key={g} value={g}>
                {translate(`app.poverty.group.${g}`)}
              </MenuItem>
            ))}
          </TextField>
          {months.map((period, i) => (
            <TextField
              key={period}
              size="small"
              name={`members.${index}.incomes.${i}`}
              label={t('incomeFor', { month: monthText(period) })}
              value={m.incomes[i] ?? ''}
              inputMode="decimal"
              error={problems.has(`${m.key}:${i}`)}
              onChange={(e) => setMember(index, { incomes: m.incomes.map((x, j) => (j === i ? e.target.value : x)) })}
              fullWidth={false}
              sx={{ width: 190 }}
            />
          ))}
          <IconButton
            aria-label={t('removeMember', { n: index + 1 })}
            disabled={value.members.length === 1}
            onClick={() => onChange({ ...value, members: value.members.filter((_, i) => i !== index) })}
          >
            <DeleteIcon />
          </IconButton>
        </Stack>
      ))}
      <Button startIcon={<AddIcon />} onClick={() => onChange({ ...value, members: [...value.members, newMember()] })} sx={{ mt: 1 }}>
        {t('addMember')}
      </Button>
    </Box>
  );
}
