import { useEffect, useMemo } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { paths } from '../config/paths.ts';
import { useAppStore } from '../store/store.ts';
import { useCatalogue } from '../ui/catalogue-context.tsx';
import { IDENTIFIER_PARAMS, newCaseId, serialiseCase, type CaseState } from './case-params.ts';
import { toEvidence } from './case-evidence.ts';
import { diagnoseCached } from './diagnosis-cache.ts';
import { parseCase } from './parse-case.ts';
import { useDeviceHistory } from './use-device-history.ts';

/**
 * The case behind the current URL: parsed, diagnosed (derived, never stored), with
 * navigation helpers. Every change is a new URL, so back and forward walk the steps.
 */
export function useCaseRoute() {
  const { family = '' } = useParams();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const catalogue = useCatalogue();
  const saveCase = useAppStore((s) => s.saveCase);
  const known = catalogue.families.some((f) => f.id === family);
  const parsed = useMemo(
    () => (known ? parseCase(catalogue, family, search) : null),
    [catalogue, family, known, search],
  );
  const history = useDeviceHistory(parsed?.state.id);
  const diagnosis = useMemo(
    () => (parsed ? diagnoseCached(catalogue, toEvidence(parsed.state, catalogue, history)) : null),
    [catalogue, parsed, history],
  );

  const go = (state: CaseState, to: 'question' | 'results', replace = false) =>
    navigate(`${paths[to](family)}${serialiseCase(state)}`, { replace });

  const id = parsed?.state.id;
  useEffect(() => {
    if (!parsed) return;
    // A case opened without an id (a shared or hand-made link) gets one, so it can be kept.
    // The rest of the link stays as it was, so what it carried that was ignored is still reported.
    if (!id) {
      const params = new URLSearchParams(search);
      params.set('id', newCaseId());
      navigate(`${pathname}?${params}`, { replace: true });
    } else {
      saveCase({ id, family, search: serialiseCase(parsed.state), ...parsed.state.identifiers });
      // Identifiers from a share link are kept on this device, not in the address bar.
      if (parsed.state.identifiers) {
        const params = new URLSearchParams(search);
        for (const [name, { field }] of Object.entries(IDENTIFIER_PARAMS))
          if (parsed.state.identifiers[field]) params.delete(name);
        navigate(`${pathname}?${params}`, { replace: true });
      }
    }
  }, [family, id, navigate, parsed, pathname, saveCase, search]);

  return { family, known, parsed, diagnosis, history, go };
}
