import { useT } from '../../i18n/use-t.ts';
import { buttonSecondary, card } from '../../ui/styles.ts';

/**
 * The point in the plan where calling the acquirer is expected to reach a working fix
 * sooner than the next fix (decision 0013): first, when what is left is a day-long guess.
 */
export function CallStep({ first }: { first: boolean }) {
  const { t } = useT();
  return (
    <li className={`${card} space-y-2 border-amber-500`}>
      <h3 className="text-lg font-semibold">{t('callStepTitle')}</h3>
      <p>{t(first ? 'callStepFirst' : 'callStepLater')}</p>
      <button
        type="button"
        className={buttonSecondary}
        // Focus brings the hotline card into view, for eyes and screen readers alike.
        onClick={() => document.getElementById('escalation-heading')?.focus()}
      >
        {t('callStepShow')}
      </button>
    </li>
  );
}
