/** The weekly execution report («Регламент»): what the PDF, the workbook and the API share. */

/** One line of the weekly execution report: a support measure's cases in the week, and those open at its end. */
export interface WeeklyReportLine {
  measure: string;
  received: number;
  resolvedInTime: number;
  resolvedLate: number;
  rejected: number;
  escalated: number;
  open: number;
  overdue: number;
}

export type WeeklyReportCounts = Omit<WeeklyReportLine, 'measure'>;

export interface WeeklyReport {
  organisation: { id: string; name: string; shortName: string };
  week: string;
  /** Monday and Sunday, Samara calendar days. */
  from: string;
  to: string;
  lines: WeeklyReportLine[];
  total: WeeklyReportCounts;
}

export const REPORT_COUNTS: (keyof WeeklyReportCounts)[] = [
  'received',
  'resolvedInTime',
  'resolvedLate',
  'rejected',
  'escalated',
  'open',
  'overdue',
];

/** The column titles, in the order of REPORT_COUNTS. */
export const REPORT_COUNT_TITLES: Record<keyof WeeklyReportCounts, string> = {
  received: 'Поступило',
  resolvedInTime: 'Решено в срок',
  resolvedLate: 'Решено с нарушением срока',
  rejected: 'Отказано',
  escalated: 'Эскалировано',
  open: 'В работе на конец недели',
  overdue: 'Из них просрочено',
};

/** The files' name without extension, e.g. «Отчёт по регламенту МИНСОЦ 2026-W49». */
export const weeklyReportFileName = (report: Pick<WeeklyReport, 'organisation' | 'week'>) =>
  `Отчёт по регламенту ${report.organisation.shortName} ${report.week}`;
