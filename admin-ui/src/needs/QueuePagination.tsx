import { Pagination, useTranslate } from 'react-admin';
import type { PaginationProps } from 'react-admin';
import type { LabelDisplayedRowsArgs, TablePaginationProps } from '@mui/material';

/** The API counts a queue's matches up to 10 001 only: past 10 000 the total is shown as «более 10 000». */
export const QUEUE_COUNT_CAP = 10_000;

export function QueuePagination() {
  const translate = useTranslate();
  // react-admin passes the remaining props on to MUI's TablePagination, whose label this replaces.
  const label: Pick<TablePaginationProps, 'labelDisplayedRows'> = {
    labelDisplayedRows: ({ from, to, count }: LabelDisplayedRowsArgs) =>
      count > QUEUE_COUNT_CAP
        ? translate('queuePaging.capped', { from, to })
        : translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count }),
  };
  return <Pagination {...(label as PaginationProps)} />;
}
