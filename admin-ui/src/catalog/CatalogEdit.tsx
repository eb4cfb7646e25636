import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Edit, SaveButton, SimpleForm, Toolbar, useNotify } from 'react-admin';
import { CatalogHistory } from './CatalogHistory';

/**
 * The edit page of a catalog row: the form (saved whole, never deleted — a row is taken out of use
 * instead) and, under it, every version the row has had, refreshed as soon as a change is saved.
 */
export function CatalogEdit({
  entity,
  entityId,
  resource,
  id,
  title,
  children,
}: {
  entity: string;
  entityId?: string;
  resource?: string;
  id?: string;
  title?: string;
  children: ReactNode;
}) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  return (
    <Edit
      resource={resource}
      id={id}
      title={title}
      mutationMode="pessimistic"
      redirect={false}
      mutationOptions={{
        onSuccess: () => {
          notify('ra.notification.updated', { type: 'info', messageArgs: { smart_count: 1 } });
          void queryClient.invalidateQueries({ queryKey: ['catalog-history'] });
        },
      }}
    >
      <SimpleForm
        toolbar={
          <Toolbar>
            <SaveButton />
          </Toolbar>
        }
      >
        {children}
      </SimpleForm>
      <CatalogHistory entity={entity} entityId={entityId} />
    </Edit>
  );
}
