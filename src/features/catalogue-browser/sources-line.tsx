import type { PageSource } from '../../catalogue/schema.ts';
import { useT } from '../../i18n/use-t.ts';
import { muted } from '../../ui/styles.ts';

/**
 * The public pages that back an entry, so a trainer can check a stated fact. Only an
 * https address becomes a link (the catalogue schema allows nothing else either).
 */
export function SourcesLine({ sources }: { sources: readonly PageSource[] | undefined }) {
  const { t } = useT();
  if (!sources?.length) return null;
  return (
    <div className={`text-sm ${muted}`}>
      <p className="font-medium">{t('catalogueSources')}</p>
      <ul className="list-disc pl-6">
        {sources.map((s) => (
          <li key={`${s.title}|${s.url ?? ''}`} className="break-words">
            {s.url?.startsWith('https://') ? (
              <a href={s.url} rel="noreferrer noopener" target="_blank" className="underline">
                {s.title}
              </a>
            ) : (
              s.title
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
