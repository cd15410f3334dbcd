import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { decodeCase, type DecodeResult } from '../../case/case-code.ts';
import { newCaseId, serialiseCase } from '../../case/case-params.ts';
import { paths } from '../../config/paths.ts';
import { useT } from '../../i18n/use-t.ts';
import { useAppStore } from '../../store/store.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { buttonPrimary, input } from '../../ui/styles.ts';

const errorKey = {
  length: 'codeErrLength',
  char: 'codeErrChar',
  check: 'codeErrCheck',
  family: 'codeErrFamily',
  newer: 'codeErrNewer',
} as const;

/**
 * "Open a case code": the agent types what the clerk reads out, and the same case opens
 * on this device as a new case (the numbers of the shop never travel in a code).
 */
export function OpenCodeScreen() {
  const { t } = useT();
  const catalogue = useCatalogue();
  const navigate = useNavigate();
  const saveCase = useAppStore((s) => s.saveCase);
  const { code: fromPath = '' } = useParams();
  const [code, setCode] = useState(fromPath);
  const [result, setResult] = useState<DecodeResult>();
  const fieldId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const open = (decoded: Extract<DecodeResult, { ok: true }>) => {
    const id = newCaseId();
    const search = serialiseCase({ ...decoded.state, id });
    saveCase({ id, family: decoded.state.family, search });
    void navigate(`${paths.question(decoded.state.family)}${search}`);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const decoded = decodeCase(catalogue, code);
    setResult(decoded);
    // What an older catalogue had and this one lacks is named before the case opens.
    if (decoded.ok && decoded.dropped.length === 0) open(decoded);
  };
  const problem = result && !result.ok ? result : undefined;
  return (
    <div className="space-y-6">
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold outline-none">
        {t('openCodeHeading')}
      </h1>
      <form noValidate onSubmit={submit} className="space-y-3">
        <label htmlFor={fieldId} className="block font-medium">
          {t('openCodeLabel')}
        </label>
        <input
          id={fieldId}
          className={`${input} font-mono text-xl tracking-wider uppercase`}
          value={code}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${fieldId}-error` : undefined}
          onChange={(e) => setCode(e.target.value)}
        />
        <p className="text-sm">{t('openCodeHint')}</p>
        {problem && (
          <p
            id={`${fieldId}-error`}
            role="alert"
            className="font-medium text-red-800 dark:text-red-300"
          >
            {t(errorKey[problem.error], { group: problem.group ?? '' })}
          </p>
        )}
        <button type="submit" className={buttonPrimary}>
          {t('openCodeSubmit')}
        </button>
      </form>
      {result?.ok && result.dropped.length > 0 && (
        <section role="status" className="space-y-3">
          <p>{t('openCodeDropped', { items: result.dropped.join(', ') })}</p>
          <button type="button" className={buttonPrimary} onClick={() => open(result)}>
            {t('openCodeContinue')}
          </button>
        </section>
      )}
    </div>
  );
}
