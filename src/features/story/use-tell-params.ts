import { useLocation, useNavigate } from 'react-router-dom';
import { MAX_STORY } from '../../story/normalise.ts';

/**
 * The tell screen's state lives in its URL, so back, reload and a half-finished story
 * lose nothing: q the story, f the family, id the case, o the chosen observations
 * (absent: as recognised), c the code chip ("-" removed).
 */
export function useTellParams() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const params = new URLSearchParams(search);
  const raw = params.get('q') ?? '';
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    navigate({ search: `?${next}` }, { replace: true });
  };
  return {
    story: raw.slice(0, MAX_STORY),
    cut: raw.length > MAX_STORY,
    family: params.get('f') ?? undefined,
    id: params.get('id') ?? undefined,
    chosen: params.has('o') ? (params.get('o') ?? '').split('_').filter(Boolean) : undefined,
    code: params.get('c') ?? undefined,
    set,
  };
}
