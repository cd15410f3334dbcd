import { useId } from 'react';
import { useT } from '../../i18n/use-t.ts';
import type { MessageKey } from '../../i18n/i18n.ts';
import { KINDS, type Kind } from './catalogue-index.ts';

const label: Record<Kind, MessageKey> = {
  all: 'catalogueKindAll',
  cause: 'causesHeading',
  question: 'questionsHeading',
  fix: 'fixesHeading',
  code: 'codesHeading',
};

/** Which kind of entry to show: a radio group, one tap and plain to a screen reader. */
export function KindFilter({ kind, onChange }: { kind: Kind; onChange: (k: Kind) => void }) {
  const { t } = useT();
  const name = useId();
  return (
    <fieldset>
      <legend className="font-medium">{t('catalogueKind')}</legend>
      <div className="flex flex-wrap gap-x-5">
        {KINDS.map((k) => (
          <label key={k} className="flex min-h-12 items-center gap-2">
            <input
              type="radio"
              name={name}
              className="size-6 shrink-0"
              value={k}
              checked={kind === k}
              onChange={() => onChange(k)}
            />
            {t(label[k])}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
