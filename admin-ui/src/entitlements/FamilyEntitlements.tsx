import { Box, Checkbox, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { usePermissions, useRecordContext, useTranslate } from 'react-admin';
import type { z } from 'zod';
import type { entitlementsSchema } from '../../../shared/schemas/lifeSituation';
import { SendButton } from '../common/SendButton';
import { useSend } from '../common/useSend';
import { httpClient } from '../providers/httpClient';

type Entitlements = z.infer<typeof entitlementsSchema>;
type Entitlement = Entitlements['entitlements'][number];

const keyOf = (e: Entitlement) => `${e.measure.code}:${e.person.id}`;

/** «Положено семье»: the measures the family's life situations entitle it to, and registering the chosen ones at once. */
export function FamilyEntitlements() {
  const household = useRecordContext<{ id: string }>();
  const { permissions } = usePermissions<string>();
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.entitlements.${key}`, options);
  const queryClient = useQueryClient();
  const url = `/api/passports/${household?.id}/entitlements`;
  const { data, isPending } = useQuery<Entitlements>({
    queryKey: ['api', url],
    enabled: Boolean(household?.id),
    queryFn: async () => (await httpClient(url)).json as Entitlements,
  });
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  // One key per choice sent: a retry of the same click registers nothing twice; a new choice gets a new key.
  const [requestKey, setRequestKey] = useState(() => crypto.randomUUID());
  const registration = useSend(
    async (items: { situationCode: string; measureCode: string; personId: string }[]) =>
      httpClient(`${url}/register`, {
        method: 'POST',
        headers: new Headers({ 'Idempotency-Key': requestKey }),
        body: JSON.stringify({ items }),
      }),
    {
      done: 'app.entitlements.registered',
      onSuccess: () => {
        setChosen(new Set());
        setRequestKey(crypto.randomUUID());
        void queryClient.invalidateQueries({ queryKey: ['api'] });
      },
    },
  );
  if (!household || isPending) return null;
  const list = data?.entitlements ?? [];
  if (list.length === 0) return <Typography color="text.secondary">{t('none')}</Typography>;
  const operator = permissions === 'OPERATOR';
  const toggle = (key: string) =>
    setChosen((was) => {
      const next = new Set(was);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const register = () =>
    registration.submit(
      list
        .filter((e) => chosen.has(keyOf(e)))
        .map((e) => ({ situationCode: e.situation.code, measureCode: e.measure.code, personId: e.person.id })),
    );

  return (
    <section data-testid="family-entitlements">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('hint', { date: data!.evaluatedOn.split('-').reverse().join('.') })}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            {operator && <TableCell padding="checkbox" />}
            <TableCell>{t('measure')}</TableCell>
            <TableCell>{t('person')}</TableCell>
            <TableCell>{t('situation')}</TableCell>
            <TableCell>{t('reason')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {list.map((e) => (
            <TableRow key={keyOf(e)} data-testid={`entitlement-${e.measure.code}`}>
              {operator && (
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={chosen.has(keyOf(e))}
                    onChange={() => toggle(keyOf(e))}
                    slotProps={{ input: { 'aria-label': `${e.measure.name}: ${e.person.fullName}` } }}
                  />
                </TableCell>
              )}
              <TableCell>
                {e.measure.name}
                <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                  {e.measure.organisationName}
                </Typography>
              </TableCell>
              <TableCell>{e.person.fullName}</TableCell>
              <TableCell>{e.situation.name}</TableCell>
              <TableCell>
                <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
                  {e.conditions.map((c) => (
                    <Chip
                      key={c.key}
                      size="small"
                      color={c.held ? 'success' : 'default'}
                      variant={c.held ? 'filled' : 'outlined'}
                      label={`${c.held ? '✓' : '✗'} ${c.label}`}
                    />
                  ))}
                </Box>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {operator && (
        <SendButton sx={{ mt: 2 }} variant="contained" pending={registration.isPending} disabled={chosen.size === 0} onClick={register}>
          {t('register', { count: chosen.size })}
        </SendButton>
      )}
    </section>
  );
}
