import {
  Alert,
  Box,
  Card,
  CardContent,
  Radio,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Confirm, Title, useTranslate } from 'react-admin';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { MERGE_FIELDS } from '../../../shared/schemas/register';
import type { MergeField } from '../../../shared/schemas/register';
import { SendButton } from '../common/SendButton';
import { useApi } from '../common/useApi';
import { useSend } from '../common/useSend';
import { httpClient } from '../providers/httpClient';

interface Side {
  id: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string;
  sex: string;
  snils: string;
  address: string;
  categories: string[];
  householdId: string | null;
  mergedIntoId: string | null;
  contacts: unknown[];
  incomes: unknown[];
  debts: unknown[];
  relations: unknown[];
  needIds: string[];
}
type Pair = { survivor: Side; merged: Side };
type Choice = 'survivor' | 'merged';

const shown = (side: Side, field: MergeField) => {
  const value = side[field];
  return Array.isArray(value) ? value.join(', ') || '—' : (value ?? '—');
};

/** Picks the two persons by their ids when the page is opened without them (an admin cleaning the register). */
function PickPair() {
  const translate = useTranslate();
  const [, setParams] = useSearchParams();
  const [ids, setIds] = useState({ survivor: '', merged: '' });
  return (
    <Stack direction="row" spacing={2}>
      {(['survivor', 'merged'] as const).map((side) => (
        <TextField
          key={side}
          size="small"
          label={translate(`app.register.merge.${side}Id`)}
          value={ids[side]}
          onChange={(e) => setIds({ ...ids, [side]: e.target.value.trim() })}
        />
      ))}
      <SendButton variant="outlined" pending={false} disabled={!ids.survivor || !ids.merged} onClick={() => setParams(ids)}>
        {translate('app.register.merge.compare')}
      </SendButton>
    </Stack>
  );
}

/** Two persons side by side: the operator chooses each field's value; everything else moves to the surviving person. */
function MergeTable({ survivorId, mergedId }: { survivorId: string; mergedId: string }) {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { data: pair, error } = useApi<Pair>(`/api/person-merges/preview?survivorId=${survivorId}&mergedId=${mergedId}`);
  const [take, setTake] = useState<Partial<Record<MergeField, Choice>>>({});
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<Pair | null>(null);
  const merge = useSend(
    async () =>
      (await httpClient('/api/person-merges', { method: 'POST', body: JSON.stringify({ survivorId, mergedId, take }) })).json as Pair,
    { done: 'app.register.merge.done', onSuccess: (result) => setDone(result) },
  );
  if (error) return <Alert severity="error">{(error as Error).message}</Alert>;
  if (!pair) return null;
  if (done) {
    return (
      <Alert
        severity="success"
        action={
          done.survivor.householdId ? (
            <SendButton pending={false} onClick={() => navigate(`/passports/${done.survivor.householdId}/show`)}>
              {translate('app.register.merge.toPassport')}
            </SendButton>
          ) : undefined
        }
      >
        {translate('app.register.merge.result', { name: `${done.survivor.lastName} ${done.survivor.firstName}` })}
      </Alert>
    );
  }
  const moved = (side: Side) =>
    translate('app.register.merge.moves', {
      needs: side.needIds.length,
      contacts: side.contacts.length,
      incomes: side.incomes.length,
      debts: side.debts.length,
      relations: side.relations.length,
    });
  return (
    <Stack spacing={2}>
      {(pair.survivor.mergedIntoId || pair.merged.mergedIntoId) && (
        <Alert severity="error">{translate('app.register.merge.alreadyMerged')}</Alert>
      )}
      <Table size="small" aria-label={translate('app.register.merge.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.register.merge.field')}</TableCell>
            <TableCell>{translate('app.register.merge.survivor')}</TableCell>
            <TableCell>{translate('app.register.merge.merged')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {MERGE_FIELDS.map((field) => {
            const same = JSON.stringify(pair.survivor[field]) === JSON.stringify(pair.merged[field]);
            const chosen = take[field] ?? 'survivor';
            return (
              <TableRow key={field}>
                <TableCell>{translate(`app.register.merge.fields.${field}`)}</TableCell>
                {(['survivor', 'merged'] as const).map((side) => (
                  <TableCell key={side}>
                    <Radio
                      size="small"
                      checked={chosen === side}
                      disabled={same}
                      onChange={() => setTake({ ...take, [field]: side })}
                      slotProps={{
                        input: {
                          'aria-label': `${translate(`app.register.merge.fields.${field}`)}: ${translate(`app.register.merge.${side}`)}`,
                        },
                      }}
                    />
                    {field === 'sex' ? translate(`app.sex.${pair[side].sex}`) : String(shown(pair[side], field))}
                  </TableCell>
                ))}
              </TableRow>
            );
          })}
          <TableRow>
            <TableCell>{translate('app.register.merge.lists')}</TableCell>
            <TableCell>{moved(pair.survivor)}</TableCell>
            <TableCell>{moved(pair.merged)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
      <Typography variant="body2">{translate('app.register.merge.explain')}</Typography>
      <Box>
        <SendButton variant="contained" color="warning" pending={merge.isPending} onClick={() => setConfirming(true)}>
          {translate('app.register.merge.submit')}
        </SendButton>
      </Box>
      <Confirm
        isOpen={confirming}
        title="app.register.merge.confirmTitle"
        content="app.register.merge.confirmContent"
        onConfirm={() => {
          setConfirming(false);
          merge.submit(undefined);
        }}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}

export function MergePage() {
  const [params] = useSearchParams();
  const survivorId = params.get('survivor');
  const mergedId = params.get('merged');
  return (
    <Box sx={{ p: 2, maxWidth: 1200 }}>
      <Title title="app.register.merge.title" />
      <Card>
        <CardContent>
          <Stack spacing={2}>
            <PickPair />
            {survivorId && mergedId && <MergeTable key={`${survivorId}-${mergedId}`} survivorId={survivorId} mergedId={mergedId} />}
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
}
