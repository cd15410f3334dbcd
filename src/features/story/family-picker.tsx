import { useT } from '../../i18n/use-t.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { familyButton, muted } from '../../ui/styles.ts';

/** Which kind of fault: those the story points to first, then the rest. */
export function FamilyPicker({
  offered,
  onPick,
}: {
  offered: readonly string[];
  onPick: (family: string) => void;
}) {
  const { t, lang } = useT();
  const catalogue = useCatalogue();
  const order = [
    ...offered,
    ...catalogue.families.map((f) => f.id).filter((f) => !offered.includes(f)),
  ];
  return (
    <section aria-labelledby="pick-heading" className="space-y-3">
      <h2 id="pick-heading" className="text-lg font-semibold">
        {t('tellPickFamily')}
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {order.map((id) => {
          const f = catalogue.families.find((x) => x.id === id);
          if (!f) return null;
          return (
            <li key={id}>
              <button type="button" onClick={() => onPick(id)} className={familyButton}>
                <span className="block text-lg font-semibold">{f.title[lang]}</span>{' '}
                {offered.includes(id) && (
                  <span className="block text-sm font-medium text-teal-800 dark:text-teal-300">
                    {t('tellLikely')}
                  </span>
                )}
                <span className={`block text-sm ${muted}`}>{f.summary[lang]}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
