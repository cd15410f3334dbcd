import { useState, type ChangeEvent } from 'react';
import { useT } from '../../i18n/use-t.ts';
import type { Outcome } from '../../store/outcomes-slice.ts';
import { localDate } from '../../store/record-outcome.ts';
import { useAppStore } from '../../store/store.ts';
import { buttonSecondary, muted } from '../../ui/styles.ts';
import { outcomesToCsv, type TitleOf } from './outcome-csv.ts';
import { mergeOutcomes, readOutcomeFile, refuseFile } from './outcome-import.ts';
import { outcomesToJson } from './outcome-json.ts';
import { describeProblem, describeRefusal } from './outcome-messages.ts';

/** More than this many skipped rows are counted, not listed: the page is for a phone. */
const LISTED_PROBLEMS = 30;

/** Hands the browser a file to save; the object URL is let go once the click is handled. */
function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file's text, as UTF-8 (a BOM is kept and skipped later). FileReader rather than `file.text()`: older WebViews lack the latter. */
const readText = (file: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file, 'utf-8');
  });

type Report = { status: string; problems: string[] };

/** Export buttons, the import field, and what the last import did (announced). */
export function OutcomeTransfer({ outcomes, title }: { outcomes: Outcome[]; title: TitleOf }) {
  const { t } = useT();
  const [report, setReport] = useState<Report | null>(null);
  const stamp = localDate(new Date());

  const importFile = async (file: File) => {
    const refused = refuseFile(file);
    if (refused) return setReport({ status: describeRefusal(t, refused), problems: [] });
    let text: string;
    try {
      text = await readText(file);
    } catch {
      return setReport({ status: describeRefusal(t, { kind: 'unreadable' }), problems: [] });
    }
    const read = readOutcomeFile(file.name, text);
    if (!read.ok) return setReport({ status: describeRefusal(t, read.refusal), problems: [] });
    // Merged against the log as it is now, and written at once: nothing stored is lost.
    const merged = mergeOutcomes(useAppStore.getState().outcomes, read.outcomes);
    if (merged.added > 0) useAppStore.setState({ outcomes: merged.outcomes });
    const problems = [...read.problems, ...merged.problems].sort((a, b) => a.row - b.row);
    setReport({
      status: t('outcomesImported', {
        added: merged.added,
        duplicates: merged.duplicates,
        skipped: problems.length,
      }),
      problems: problems.map((p) => describeProblem(t, read.unit, p)),
    });
  };

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    void importFile(file).finally(() => {
      // The same file can be chosen again, e.g. after fixing it.
      input.value = '';
    });
  };

  return (
    <section aria-labelledby="outcomes-transfer" className="space-y-3">
      <h2 id="outcomes-transfer" className="text-xl font-bold">
        {t('outcomesTransfer')}
      </h2>
      <p className={`text-sm ${muted}`}>{t('outcomesTransferHint')}</p>
      {outcomes.length > 0 && (
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={buttonSecondary}
            onClick={() =>
              download(
                `pos-outcomes-${stamp}.csv`,
                outcomesToCsv(outcomes, title),
                'text/csv;charset=utf-8',
              )
            }
          >
            {t('outcomesExportCsv')}
          </button>
          <button
            type="button"
            className={buttonSecondary}
            onClick={() =>
              download(
                `pos-outcomes-${stamp}.json`,
                outcomesToJson(outcomes, new Date()),
                'application/json',
              )
            }
          >
            {t('outcomesExportJson')}
          </button>
        </div>
      )}
      <div className="space-y-1">
        <label htmlFor="outcomes-import" className="block font-medium">
          {t('outcomesImport')}
        </label>
        <input
          id="outcomes-import"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          onChange={onChange}
          className="block min-h-12 w-full text-base file:mr-3 file:min-h-12 file:rounded-lg file:border file:border-slate-400 file:bg-white file:px-4 file:text-base file:font-medium dark:file:bg-slate-900 dark:file:text-slate-100"
        />
      </div>
      {/* Only the summary is announced; the rows skipped are there to read. */}
      <p role="status" className="font-medium">
        {report?.status}
      </p>
      {report && report.problems.length > 0 && (
        <ul className="list-disc space-y-1 pl-6 text-sm">
          {report.problems.slice(0, LISTED_PROBLEMS).map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
      {report && report.problems.length > LISTED_PROBLEMS && (
        <p className="text-sm">
          {t('outcomesMoreProblems', { n: report.problems.length - LISTED_PROBLEMS })}
        </p>
      )}
    </section>
  );
}
