import { useEffect, useMemo, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { newCaseId, serialiseCase } from '../../case/case-params.ts';
import { paths } from '../../config/paths.ts';
import { useT } from '../../i18n/use-t.ts';
import { useAppStore } from '../../store/store.ts';
import { matchStory } from '../../story/match-story.ts';
import { MAX_STORY } from '../../story/normalise.ts';
import { storyAnswers } from '../../story/story-answers.ts';
import { storyIndex } from '../../story/story-index.ts';
import { tellingObservations } from '../../story/telling.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { buttonPrimary, buttonQuiet, card, muted } from '../../ui/styles.ts';
import { Chip } from './chip.tsx';
import { FamilyPicker } from './family-picker.tsx';
import { useTellParams } from './use-tell-params.ts';

const CASE_ID = /^[A-Za-z0-9-]{1,64}$/;

/**
 * What the person said, heard: the family, the code and the facts recognised in their
 * own words, as chips to keep or remove; then the family's most telling facts to tick
 * in a tap each. Confirmed chips enter the case as ordinary answers.
 */
export function TellScreen() {
  const { t, lang } = useT();
  const catalogue = useCatalogue();
  const navigate = useNavigate();
  const saveCase = useAppStore((s) => s.saveCase);
  const p = useTellParams();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const match = useMemo(() => matchStory(catalogue, p.story), [catalogue, p.story]);
  const index = storyIndex(catalogue);
  const isFamily = (f?: string) => catalogue.families.some((x) => x.id === f);
  // f= (empty) asks for the picker even when the story named a family.
  const family = p.family === '' ? undefined : isFamily(p.family) ? p.family : match.family;

  const recognised = useMemo(
    () =>
      family
        ? match.observations.filter((id) => index.byId.get(id)?.families.includes(family))
        : match.observations,
    [family, index, match],
  );
  const chosen = p.chosen?.filter((id) => index.byId.has(id)) ?? recognised;
  const codeOk = Boolean(
    family && match.code && storyAnswers(catalogue, family, [], match.code)['screen-code'],
  );
  const code = codeOk && p.code !== '-' ? match.code : undefined;
  // Offered from what was recognised, not from what is ticked: chips stay where they are.
  const offered = useMemo(
    () => (family ? tellingObservations(catalogue, family, recognised) : []),
    [catalogue, family, recognised],
  );
  const label = (id: string) => index.byId.get(id)?.observation.label[lang] ?? id;
  const toggle = (id: string) =>
    p.set({
      o: (chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id]).join('_'),
    });
  const cardSide = catalogue.responseCodes.find((r) => r.code === match.code && r.side === 'card');
  const heardNothing =
    p.story !== '' && !match.code && match.families.length === 0 && match.observations.length === 0;

  const start = () => {
    if (!family) return;
    const answers = storyAnswers(catalogue, family, chosen, code);
    const id = p.id && CASE_ID.test(p.id) ? p.id : newCaseId();
    const story = chosen.filter((o) => index.byId.get(o)?.families.includes(family));
    const search = serialiseCase({
      id,
      order: Object.keys(answers),
      answers,
      failedFixes: [],
      story,
    });
    saveCase({ id, family, search });
    navigate(`${paths.question(family)}${search}`);
  };

  return (
    <div className="space-y-6">
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold outline-none">
        {p.story ? t('tellHeading') : t('knowHeading')}
      </h1>
      {p.cut && <p role="status">{t('tellCut', { n: MAX_STORY })}</p>}
      {cardSide && (
        // The customer's card said no: say so at once, before any fault is chosen.
        <section
          aria-labelledby="card-side-heading"
          className="space-y-1 rounded-xl border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-950 dark:bg-slate-800 dark:text-amber-100"
        >
          <h2 id="card-side-heading" className="font-semibold">
            {t('cardSideHeading')}
          </h2>
          <p>{t('cardSideAdvice', { code: cardSide.code, meaning: cardSide.meaning[lang] })}</p>
        </section>
      )}
      {heardNothing && <p role="status">{t('tellNothing')}</p>}
      {p.story && !heardNothing && (
        <section aria-labelledby="heard-heading" className={`${card} space-y-3`}>
          <h2 id="heard-heading" className="font-semibold">
            {t('tellHeard')}
          </h2>
          <p className={`text-sm ${muted}`}>{t('tellHeardHint')}</p>
          <ul className="flex flex-wrap gap-2">
            {codeOk && match.code && (
              <li>
                <Chip
                  label={t('tellCode', { code: match.code })}
                  on={code !== undefined}
                  onToggle={() => p.set({ c: code ? '-' : null })}
                />
              </li>
            )}
            {recognised.map((id) => (
              <li key={id}>
                <Chip label={label(id)} on={chosen.includes(id)} onToggle={() => toggle(id)} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {family ? (
        <>
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-semibold">
              {t('tellFamily', {
                family: catalogue.families.find((f) => f.id === family)?.title[lang] ?? family,
              })}
            </span>
            <button type="button" className={buttonQuiet} onClick={() => p.set({ f: '' })}>
              {t('tellChangeFamily')}
            </button>
          </p>
          {offered.length > 0 && (
            <section aria-labelledby="know-heading" className="space-y-3">
              <h2 id="know-heading" className="text-lg font-semibold">
                {p.story ? t('knowMore') : t('knowHint')}
              </h2>
              {p.story && <p className={`text-sm ${muted}`}>{t('knowHint')}</p>}
              {offered.map((group) => (
                <fieldset key={group.area} className="space-y-2">
                  <legend className="font-medium">{t(`area_${group.area}`)}</legend>
                  <ul className="flex flex-wrap gap-2">
                    {group.ids.map((id) => (
                      <li key={id}>
                        <Chip
                          label={label(id)}
                          on={chosen.includes(id)}
                          onToggle={() => toggle(id)}
                        />
                      </li>
                    ))}
                  </ul>
                </fieldset>
              ))}
            </section>
          )}
          <button type="button" className={`${buttonPrimary} w-full sm:w-auto`} onClick={start}>
            {t('tellStart')}
          </button>
        </>
      ) : (
        <FamilyPicker offered={match.families} onPick={(f) => p.set({ f })} />
      )}
    </div>
  );
}
