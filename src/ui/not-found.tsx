import { Link } from 'react-router-dom';
import { paths } from '../config/paths.ts';
import { useT } from '../i18n/use-t.ts';
import { buttonPrimary } from './styles.ts';

/** Explains what went wrong and leads back to the start. */
export function NotFound({ message }: { message?: string | undefined }) {
  const { t } = useT();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('notFoundHeading')}</h1>
      <p>{message ?? t('notFoundBody')}</p>
      <Link to={paths.home} className={buttonPrimary}>
        {t('backHome')}
      </Link>
    </div>
  );
}
