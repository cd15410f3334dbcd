import { useT } from '../../i18n/use-t.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { card } from '../../ui/styles.ts';

const advice = {
  yes: 'keepSellingYesAdvice',
  'other-means': 'keepSellingOtherAdvice',
  no: 'keepSellingNoAdvice',
} as const;

/**
 * "Can I keep selling?" above the plan. Taking the payment another way keeps the shop
 * selling but fixes nothing, so it is said here rather than ranked as a fix; and while
 * the customer may already have been charged, the check comes before any new payment.
 */
export function KeepSelling({ cause, checkFirst }: { cause?: string; checkFirst: boolean }) {
  const { t } = useT();
  const data = useCatalogue().causes.find((c) => c.id === cause);
  return (
    <section aria-labelledby="keep-selling-heading" className={`${card} space-y-1 print:hidden`}>
      <h2 id="keep-selling-heading" className="font-semibold">
        {t('keepSellingHeading')}
      </h2>
      {checkFirst && (
        <p className="font-medium text-red-900 dark:text-red-200">{t('checkFirst')}</p>
      )}
      <p>{t(advice[data?.urgency.keepSelling ?? 'other-means'])}</p>
    </section>
  );
}
