import { causeTitle } from '../../case/question-view.ts';
import type { RankedCause } from '../../engine/types.ts';
import { percent } from '../../i18n/i18n.ts';
import { useT } from '../../i18n/use-t.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { ProbabilityBar } from '../../ui/probability-bar.tsx';

/**
 * The leading causes at one moment of a demonstration (three beside each step, more at
 * the end). Read-only: the results screen's cause items carry buttons and reasons that
 * a demonstration has no use for, and importing them would pull that screen in.
 */
export function RankingList({
  heading,
  causes,
  limit = 3,
}: {
  heading: string;
  causes: RankedCause[];
  limit?: number;
}) {
  const { t, lang } = useT();
  const catalogue = useCatalogue();
  return (
    <div>
      <h2 className="font-semibold">{heading}</h2>
      <ol className="space-y-1">
        {causes.slice(0, limit).map((c) => (
          <li key={c.id} className="text-sm">
            {causeTitle(catalogue, c.id, lang, t)}
            <ProbabilityBar value={c.probability} label={percent(c.probability, lang)} />
          </li>
        ))}
      </ol>
    </div>
  );
}
