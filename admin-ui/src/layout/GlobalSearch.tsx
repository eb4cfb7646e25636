import SearchIcon from '@mui/icons-material/Search';
import {
  Box,
  InputAdornment,
  List,
  ListItemButton,
  ListItemText,
  ListSubheader,
  Paper,
  Popper,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { usePermissions, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { useApi } from '../common/useApi';
import { useDebounced } from '../poverty/useDebounced';

interface Results {
  families: { id: string; address: string; members: string[] }[];
  persons: { id: string; name: string; birthDate: string; householdId: string | null }[];
  cases: { id: string; number: string; status: string; measure: string; person: string }[];
}

const SEARCHERS = ['OPERATOR', 'EXECUTOR', 'SUPERVISOR', 'COORDINATOR', 'AUDITOR'];

/** The app bar's one box: a SNILS in any spelling, a case number or a surname; results grouped, each a link. */
export function GlobalSearch() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { permissions } = usePermissions<string>();
  const [text, setText] = useState('');
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const q = useDebounced(text.trim(), 300);
  const enabled = q.length >= 2 && SEARCHERS.includes(permissions ?? '');
  const { data } = useApi<Results>(`/api/search?q=${encodeURIComponent(q)}`, { enabled });
  if (!SEARCHERS.includes(permissions ?? '')) return null;
  const go = (to: string) => {
    setText('');
    setAnchor(null);
    void navigate(to);
  };
  const groups = data
    ? [
        {
          key: 'families',
          items: data.families.map((f) => ({
            id: f.id,
            primary: f.address,
            secondary: f.members.join(', '),
            to: `/passports/${f.id}/show`,
          })),
        },
        {
          key: 'persons',
          items: data.persons.map((p) => ({
            id: p.id,
            primary: p.name,
            secondary: p.birthDate.split('-').reverse().join('.'),
            to: p.householdId ? `/passports/${p.householdId}/show` : `/persons/${p.id}`,
          })),
        },
        {
          key: 'cases',
          items: data.cases.map((c) => ({
            id: c.id,
            primary: translate('app.workday.caseNumber', { number: c.number }),
            secondary: `${c.measure} · ${c.person} · ${translate(`app.status.${c.status}`)}`,
            to: `/needs/${c.id}/show`,
          })),
        },
      ].filter((g) => g.items.length > 0)
    : [];
  return (
    <Box sx={{ mx: 1, display: { xs: 'none', sm: 'block' } }}>
      <TextField
        size="small"
        placeholder={translate('app.workday.search.placeholder')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setAnchor(e.currentTarget);
        }}
        onFocus={(e) => setAnchor(e.currentTarget)}
        onKeyDown={(e) => e.key === 'Escape' && setAnchor(null)}
        slotProps={{
          htmlInput: { 'aria-label': translate('app.workday.search.label'), 'data-testid': 'global-search' },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon sx={{ color: 'inherit' }} />
              </InputAdornment>
            ),
          },
        }}
        sx={{ width: 300, bgcolor: 'rgba(255,255,255,0.15)', borderRadius: 1, '& input, & svg': { color: 'inherit' } }}
      />
      <Popper open={Boolean(anchor) && enabled && data !== undefined} anchorEl={anchor} placement="bottom-start" sx={{ zIndex: 1300 }}>
        <Paper sx={{ width: 420, maxHeight: 480, overflow: 'auto' }} data-testid="global-search-results">
          {groups.length === 0 && <Typography sx={{ p: 2 }}>{translate('app.workday.search.nothing')}</Typography>}
          {groups.map((group) => (
            <List key={group.key} dense subheader={<ListSubheader>{translate(`app.workday.search.${group.key}`)}</ListSubheader>}>
              {group.items.map((item) => (
                <ListItemButton key={item.id} onClick={() => go(item.to)} data-testid={`search-${group.key}`}>
                  <ListItemText primary={item.primary} secondary={item.secondary} />
                </ListItemButton>
              ))}
            </List>
          ))}
        </Paper>
      </Popper>
    </Box>
  );
}
