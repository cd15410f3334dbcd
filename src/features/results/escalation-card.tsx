import { useState } from 'react';
import { packetText, type PacketLine } from '../../case/escalation-packet.ts';
import { useT } from '../../i18n/use-t.ts';
import { buttonSecondary, card } from '../../ui/styles.ts';

/** Whom to call and what to read out, with copy to clipboard. */
export function EscalationCard({ contact, lines }: { contact: string; lines: PacketLine[] }) {
  const { t, lang } = useT();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const doCopy = async () => {
    try {
      await navigator.clipboard.writeText(`${contact}\n${packetText(lines, lang)}`);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <section aria-labelledby="escalation-heading" className={`${card} space-y-3 border-amber-500`}>
      <h2 id="escalation-heading" className="text-xl font-bold">
        {t('escalationHeading')}
      </h2>
      <p className="font-medium">{contact}</p>
      <p>{t('escalationIntro')}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {lines.map((l) => (
          <div key={l.label} className="contents">
            <dt className="font-medium">{l.label}</dt>
            <dd className="break-all">{l.value}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className={buttonSecondary} onClick={doCopy}>
        {t('copy')}
      </button>
      <p aria-live="polite" className="text-sm">
        {copy === 'copied' && t('copied')}
        {copy === 'failed' && t('copyFailed')}
      </p>
    </section>
  );
}
