import { useState } from 'react';
import { checkIdentifier } from '../case/check-identifier.ts';
import { useT } from '../i18n/use-t.ts';
import { IdentifierField } from './identifier-field.tsx';

import type { Identifiers } from './identifiers.ts';

/** Merchant no. (15) and terminal no. (8): optional, checked, kept on this device only. */
export function IdentifiersForm({
  value,
  onChange,
  showErrors,
  legendHidden = false,
}: {
  value: Identifiers;
  onChange: (v: Identifiers) => void;
  showErrors: boolean;
  /** Inside a disclosure whose summary already says it: named for screen readers only. */
  legendHidden?: boolean;
}) {
  const { t } = useT();
  const [touched, setTouched] = useState({ merchantNo: false, terminalNo: false });
  const message = (
    v: string,
    length: number,
    lengthKey: 'errMerchantLength' | 'errTerminalLength',
  ) => {
    const problem = checkIdentifier(v, length);
    if (!problem) return null;
    return problem.error === 'charset' ? t('errCharset') : t(lengthKey, { n: problem.n });
  };
  const show = (field: keyof typeof touched) => showErrors || touched[field];
  return (
    <fieldset className="space-y-3">
      <legend className={legendHidden ? 'sr-only' : 'mb-2 text-lg font-semibold'}>
        {t('identifiersHeading')}
      </legend>
      <IdentifierField
        label={t('merchantNo')}
        hint={t('merchantNoHint')}
        value={value.merchantNo}
        maxLength={15}
        error={show('merchantNo') ? message(value.merchantNo, 15, 'errMerchantLength') : null}
        onChange={(merchantNo) => onChange({ ...value, merchantNo })}
        onBlur={() => setTouched((s) => ({ ...s, merchantNo: true }))}
      />
      <IdentifierField
        label={t('terminalNo')}
        hint={t('terminalNoHint')}
        value={value.terminalNo}
        maxLength={8}
        error={show('terminalNo') ? message(value.terminalNo, 8, 'errTerminalLength') : null}
        onChange={(terminalNo) => onChange({ ...value, terminalNo })}
        onBlur={() => setTouched((s) => ({ ...s, terminalNo: true }))}
      />
      <IdentifierField
        label={t('serialNo')}
        hint={t('serialNoHint')}
        value={value.serialNo}
        maxLength={40}
        error={null}
        onChange={(serialNo) => onChange({ ...value, serialNo })}
      />
    </fieldset>
  );
}
