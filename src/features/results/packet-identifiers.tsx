import { useState, type FormEvent } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useAppStore } from '../../store/store.ts';
import { IdentifiersForm } from '../../ui/identifiers-form.tsx';
import { identifiersValid, type Identifiers } from '../../ui/identifiers.ts';
import { buttonSecondary } from '../../ui/styles.ts';

/**
 * The numbers the hotline asks for, typed or corrected where the packet is read out:
 * the start screen is far up on a phone, and a number found later must reach the packet.
 * Open while none is given; saved with the case on this device only.
 */
export function PacketIdentifiers({
  caseId,
  family,
  ids,
}: {
  caseId: string;
  family: string;
  ids: Identifiers;
}) {
  const { t } = useT();
  const saveCase = useAppStore((s) => s.saveCase);
  const [value, setValue] = useState(ids);
  const [showErrors, setShowErrors] = useState(false);
  const [saved, setSaved] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    if (!identifiersValid(value)) {
      setShowErrors(true);
      return;
    }
    saveCase({
      id: caseId,
      family,
      merchantNo: value.merchantNo.trim(),
      terminalNo: value.terminalNo.trim(),
      serialNo: value.serialNo.trim(),
    });
    setSaved(true);
  };
  return (
    <details open={!ids.merchantNo && !ids.terminalNo} className="print:hidden">
      <summary className="cursor-pointer font-medium underline">{t('idsEdit')}</summary>
      <form noValidate onSubmit={submit} className="mt-3 space-y-3">
        <IdentifiersForm
          value={value}
          onChange={(v) => {
            setSaved(false);
            setValue(v);
          }}
          showErrors={showErrors}
        />
        <button type="submit" className={buttonSecondary}>
          {t('idsSave')}
        </button>
        {saved && <p role="status">{t('idsSaved')}</p>}
      </form>
    </details>
  );
}
