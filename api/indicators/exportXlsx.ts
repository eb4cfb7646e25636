import ExcelJS from 'exceljs';

interface Series {
  indicator: { code: string; name: string; unit: string; goodDirection: string };
  periodicity: string;
  cut: string | null;
  points: { period: string; label: string | null; value: number | null; plan: number | null; verdict: string | null }[];
}

const VERDICT = { GOOD: 'в норме', BAD: 'отклонение' } as Record<string, string>;

/** An indicator's values as a workbook: the values on the first sheet, the filters they were read with on the second. */
export async function seriesWorkbook(series: Series, filters: Record<string, string>, exportedBy: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Значения');
  sheet.columns = [
    { header: 'Период', key: 'period', width: 14 },
    { header: 'Разрез', key: 'label', width: 36 },
    { header: `Факт, ${series.indicator.unit}`, key: 'value', width: 14 },
    { header: `План, ${series.indicator.unit}`, key: 'plan', width: 14 },
    { header: 'Оценка', key: 'verdict', width: 14 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const p of series.points) {
    sheet.addRow({ period: p.period, label: p.label ?? '', value: p.value, plan: p.plan, verdict: p.verdict ? VERDICT[p.verdict] : '' });
  }
  const about = workbook.addWorksheet('Отбор');
  about.columns = [
    { header: 'Параметр', key: 'name', width: 28 },
    { header: 'Значение', key: 'value', width: 48 },
  ];
  about.getRow(1).font = { bold: true };
  about.addRow({ name: 'Показатель', value: `${series.indicator.name} (${series.indicator.code})` });
  about.addRow({ name: 'Периодичность', value: series.periodicity });
  about.addRow({ name: 'Разрез', value: series.cut ?? 'без разреза' });
  for (const [name, value] of Object.entries(filters)) about.addRow({ name, value });
  about.addRow({ name: 'Выгрузил', value: exportedBy });
  about.addRow({ name: 'Выгружено (UTC)', value: new Date().toISOString() });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
