import { Link } from 'react-router-dom';
import { paths } from '../../config/paths.ts';
import { useT } from '../../i18n/use-t.ts';
import { casesFor } from '../../store/device-history.ts';
import { muted } from '../../ui/styles.ts';

/**
 * Says that the ranking weighs this device's history, and on how many cases of this kind
 * (issue 16): the same answers rank differently on another device, and a caller or agent
 * comparing screens must be able to see why. Nothing when the setting is off or no case
 * of this kind was confirmed here.
 */
export function LearnedNote({
  history,
  causes,
}: {
  history: Readonly<Record<string, number>> | undefined;
  causes: readonly string[];
}) {
  const { t } = useT();
  const n = casesFor(history, causes);
  if (n === 0) return null;
  return (
    <p className={muted} data-testid="learned-note">
      {t('learnedNote', { n })}{' '}
      <Link to={`${paths.outcomes}#learn-heading`} className="underline">
        {t('learnedNoteChange')}
      </Link>
    </p>
  );
}
