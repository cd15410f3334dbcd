import type { RankedCause } from '../../engine/types.ts';
import { causeTitle } from '../../case/question-view.ts';
import { percent } from '../../i18n/i18n.ts';
import { useT } from '../../i18n/use-t.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { ProbabilityBar } from '../../ui/probability-bar.tsx';
import { card } from '../../ui/styles.ts';

/** The picture so far: the three leading causes, and a polite announcement of the first. */
export function LeadingCauses({ causes }: { causes: RankedCause[] }) {
  const { t, lang } = useT();
  const catalogue = useCatalogue();
  const top = causes.slice(0, 3);
  const first = top[0];
  return (
    <section aria-labelledby="leading-heading" className={card}>
      <h2 id="leading-heading" className="mb-2 font-semibold">
        {t('leadingHeading')}
      </h2>
      <ol className="space-y-2">
        {top.map((c) => (
          <li key={c.id}>
            <span className="block text-sm">{causeTitle(catalogue, c.id, lang, t)}</span>
            <ProbabilityBar value={c.probability} label={percent(c.probability, lang)} />
          </li>
        ))}
      </ol>
      <p className="sr-only" aria-live="polite">
        {first &&
          t('leadingAnnounce', {
            cause: causeTitle(catalogue, first.id, lang, t),
            p: percent(first.probability, lang),
          })}
      </p>
    </section>
  );
}
