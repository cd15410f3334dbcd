import type { StopReason } from '../../engine/types.ts';
import { useT } from '../../i18n/use-t.ts';
import { buttonPrimary, buttonSecondary, card } from '../../ui/styles.ts';

const reasonKey = {
  confident: 'stopSure',
  exhausted: 'stopNothing',
  budget: 'stopBudget',
} as const;

/** The engine would stop here; the user decides. */
export function StopPanel({
  reason,
  canContinue,
  onResults,
  onKeepAsking,
}: {
  reason: StopReason;
  canContinue: boolean;
  onResults: () => void;
  onKeepAsking: () => void;
}) {
  const { t } = useT();
  return (
    <section className={`${card} space-y-3`} aria-labelledby="stop-heading">
      <h1 id="stop-heading" tabIndex={-1} className="text-xl font-bold">
        {t(reasonKey[reason])}
      </h1>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonPrimary} onClick={onResults}>
          {t('seeResults')}
        </button>
        {canContinue && (
          <button type="button" className={buttonSecondary} onClick={onKeepAsking}>
            {t('keepAsking')}
          </button>
        )}
      </div>
    </section>
  );
}
