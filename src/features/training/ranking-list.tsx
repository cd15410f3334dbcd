import { causeTitle } from '../../case/question-view.ts';
import type { RankedCause } from '../../engine/types.ts';
import { percent } from '../../i18n/i18n.ts';
import { useT } from '../../i18n/use-t.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { ProbabilityBar } from '../../ui/probability-bar.tsx';

/** The top three causes at one moment of a demonstration. */
export function RankingList({ heading, causes }: { heading: string; causes: RankedCause[] }) {
  const { t, lang } = useT();
  const catalogue = useCatalogue();
  return (
    <div>
      <h2 className="font-semibold">{heading}</h2>
      <ol className="space-y-1">
        {causes.slice(0, 3).map((c) => (
          <li key={c.id} className="text-sm">
            {causeTitle(catalogue, c.id, lang, t)}
            <ProbabilityBar value={c.probability} label={percent(c.probability, lang)} />
          </li>
        ))}
      </ol>
    </div>
  );
}
