import { useT } from '../i18n/use-t.ts';

/** Tells the user which parts of a link were dropped; shown as text, never as markup. */
export function IgnoredNotice({ items }: { items: string[] }) {
  const { t } = useT();
  if (items.length === 0) return null;
  const shown = items.slice(0, 5).join(', ') + (items.length > 5 ? ' …' : '');
  return (
    <p role="status" className="rounded-lg bg-amber-100 p-3 text-amber-950">
      {t('ignoredNotice', { items: shown })}
    </p>
  );
}
