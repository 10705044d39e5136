import { Alert, Button, Group, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../../lib/error-text.ts';
import { saveBlob } from '../../lib/download.ts';
import { usageCsv } from './usage-csv.ts';
import { USAGE_TABLES, usageFileName, type ExportText, type NameOf, type UsageTable } from './usage-export.ts';
import type { UsageReport } from './usage-report.ts';

export function exportText(t: TFunction): ExportText {
  const rest = [t('overview.usage.file.runs'), t('overview.usage.file.hours')];
  const share = t('overview.usage.file.share');
  return {
    columns: {
      workflows: [t('overview.usage.col.workflows'), ...rest, share],
      users: [t('overview.usage.col.users'), ...rest, share],
      days: [t('overview.usage.col.days'), ...rest],
    },
    sheets: {
      workflows: t('overview.usage.sheet.workflows'),
      users: t('overview.usage.sheet.users'),
      days: t('overview.usage.sheet.days'),
    },
    total: t('overview.usage.total'),
  };
}

/** The report as files: a CSV of one table, or the whole report as an XLSX workbook. */
export function UsageExports({ report, nameOf }: { report: UsageReport; nameOf: NameOf }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const csv = (table: UsageTable) => {
    const text = usageCsv(report, table, exportText(t).columns[table], nameOf);
    saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), usageFileName(report, table, 'csv'));
  };
  const xlsx = async () => {
    setBusy(true);
    setError(null);
    try {
      // exceljs is large: it is fetched only now, on the first workbook asked for.
      const { usageXlsxBlob } = await import('./usage-xlsx.ts');
      saveBlob(await usageXlsxBlob(report, exportText(t), nameOf), usageFileName(report, null, 'xlsx'));
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Group gap="xs">
        <Menu position="bottom-end">
          <Menu.Target>
            <Button variant="default" size="xs" leftSection={<IconDownload size={14} />} rightSection={<IconChevronDown size={14} />}>
              {t('overview.usage.exportCsv')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {USAGE_TABLES.map((table) => (
              <Menu.Item key={table} onClick={() => csv(table)}>
                {t(`overview.usage.csvOf.${table}`)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
        <Button variant="default" size="xs" leftSection={<IconDownload size={14} />} loading={busy} onClick={() => void xlsx()}>
          {t('overview.usage.exportXlsx')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" title={t('overview.usage.exportFailed')} withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
    </>
  );
}
