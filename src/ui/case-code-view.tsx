import { useT } from '../i18n/use-t.ts';
import { muted } from './styles.ts';

/**
 * The case code, large and in groups of four, to read out on a call; each group is its
 * own word for a screen reader, so it is read group by group, not as one long string.
 */
export function CaseCodeView({ code }: { code: string }) {
  const { t } = useT();
  return (
    <div className="space-y-1">
      <p className="font-medium">{t('caseCode')}</p>
      <p
        className="font-mono text-2xl tracking-widest [word-spacing:0.5em]"
        data-testid="case-code"
      >
        {code.replaceAll('-', ' ')}
      </p>
      <p className={`text-sm ${muted} print:hidden`}>{t('caseCodeHint')}</p>
    </div>
  );
}
