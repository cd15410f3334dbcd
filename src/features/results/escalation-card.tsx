import type { ReactNode } from 'react';
import { packetText, type PacketLine } from '../../case/escalation-packet.ts';
import { useT } from '../../i18n/use-t.ts';
import { CopyButton } from '../../ui/copy-button.tsx';
import { card } from '../../ui/styles.ts';

/** Whom to call and what to read out, with copy to clipboard. */
export function EscalationCard({
  contact,
  lines,
  children,
}: {
  contact: string;
  lines: PacketLine[];
  /** Room to type what the packet still lacks. */
  children?: ReactNode;
}) {
  const { t, lang } = useT();
  return (
    <section
      aria-labelledby="escalation-heading"
      className={`${card} space-y-3 border-amber-500 print:space-y-1 print:text-xs`}
    >
      <h2 id="escalation-heading" tabIndex={-1} className="text-xl font-bold outline-none">
        {t('escalationHeading')}
      </h2>
      <p className="font-medium">{contact}</p>
      <p className="text-sm">{t('acquirerGloss')}</p>
      <p className="text-sm">{t('escalationWhere')}</p>
      <p>{t('escalationIntro')}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {lines.map((l) => (
          <div key={l.label} className="contents">
            <dt className="font-medium">{l.label}</dt>
            <dd className="break-all">{l.value}</dd>
          </div>
        ))}
      </dl>
      {children}
      <span className="print:hidden">
        <CopyButton label={t('copy')} text={() => `${contact}\n${packetText(lines, lang)}`} />
      </span>
    </section>
  );
}
