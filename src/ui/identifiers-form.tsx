import { useEffect, useRef, useState } from 'react';
import { checkIdentifier } from '../case/check-identifier.ts';
import { useT } from '../i18n/use-t.ts';
import { IdentifierField } from './identifier-field.tsx';

import type { Identifiers } from './identifiers.ts';

/** Merchant no. (15) and terminal no. (8): optional, checked, kept on this device only. */
export function IdentifiersForm({
  value,
  onChange,
  showErrors,
}: {
  value: Identifiers;
  onChange: (v: Identifiers) => void;
  /**
   * Show every field's problem. A count (the start screen's refused starts) also opens
   * the disclosure the form sits in and focuses the first wrong field, each time it grows.
   */
  showErrors: boolean | number;
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
  const show = (field: keyof typeof touched) => !!showErrors || touched[field];
  const fieldset = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (typeof showErrors !== 'number' || !showErrors) return;
    const details = fieldset.current?.closest('details');
    if (details) details.open = true;
    fieldset.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
  }, [showErrors]);
  return (
    <fieldset ref={fieldset} className="space-y-3">
      <legend className="mb-2 text-lg font-semibold [details_&]:sr-only">
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
