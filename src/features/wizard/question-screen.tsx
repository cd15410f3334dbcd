import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { DONT_KNOW } from '../../catalogue/constants.ts';
import { NO_CODE, SCREEN_CODE } from '../../engine/types.ts';
import { caseCodeOf } from '../../case/case-code.ts';
import { withAnswer } from '../../case/case-params.ts';
import { questionView } from '../../case/question-view.ts';
import { useCaseRoute } from '../../case/use-case-route.ts';
import { usePreparedAnswers } from '../../case/use-prepared-answers.ts';
import { paths } from '../../config/paths.ts';
import { useT } from '../../i18n/use-t.ts';
import { causeFixedBy, useRecordOutcome } from '../../store/record-outcome.ts';
import { useAppStore } from '../../store/store.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { IgnoredNotice } from '../../ui/ignored-notice.tsx';
import { NotFound } from '../../ui/not-found.tsx';
import { CaseCodeView } from '../../ui/case-code-view.tsx';
import { buttonQuiet, card } from '../../ui/styles.ts';
import { AnswersSoFar } from './answers-so-far.tsx';
import { LeadingCauses } from './leading-causes.tsx';
import { QuestionCard } from './question-card.tsx';
import { StopPanel } from './stop-panel.tsx';
import { TryNow } from './try-now.tsx';
import { useAgentKeys } from './use-agent-keys.ts';

/** One step of the wizard: the engine's next question, the picture so far, and the answers. */
export function QuestionScreen() {
  const { t, lang } = useT();
  const catalogue = useCatalogue();
  const navigate = useNavigate();
  const agentMode = useAppStore((s) => s.agentMode);
  const { family, parsed, diagnosis, history, go } = useCaseRoute();
  const [keepAsking, setKeepAsking] = useState(false);
  // "Not now, keep asking" on a fix offered in the flow: no offer until the next answer.
  const [askedOnAt, setAskedOnAt] = useState(-1);

  const state = parsed?.state;
  const next = diagnosis?.next;
  // A fix offered in the flow comes before the next question, unless the person asked on.
  const askedOn = askedOnAt === parsed?.state.order.length;
  const act = keepAsking || askedOn ? undefined : diagnosis?.act;
  // Asked on past the engine's own stop: for good ("keep asking"), or for one question.
  const current =
    !act &&
    next &&
    (next.done ? (keepAsking || askedOn ? next.best?.question : undefined) : next.question);
  const view = current ? questionView(catalogue, family, current, lang, t) : null;
  const first = view?.again && state?.answers[view.again];
  usePreparedAnswers(
    catalogue,
    state,
    view?.id,
    view ? [...view.answers.map((a) => a.id), DONT_KNOW] : [],
    history,
  );
  const earlier = first ? view.answers.find((a) => a.id === first)?.label : undefined;
  const answer = (q: string, a: string) => {
    if (!state) return false;
    go(withAnswer(state, q, a), 'question');
    return true;
  };
  const back = () => {
    const last = state?.order.at(-1);
    if (!state || !last) {
      void navigate(paths.home);
      return true;
    }
    const answers = { ...state.answers };
    delete answers[last];
    go({ ...state, order: state.order.slice(0, -1), answers }, 'question');
    return true;
  };
  const results = () => {
    if (!state) return false;
    go(state, 'results');
    return true;
  };
  const recordOutcome = useRecordOutcome();
  const fixed = (fix: string) => {
    if (!state) return false;
    if (state.id && diagnosis)
      recordOutcome({
        caseId: state.id,
        family: state.family,
        cause: causeFixedBy(catalogue, diagnosis.causes, fix),
        fix,
        questions: state.order.length,
        catalogueVersion: catalogue.codeBook?.version,
      });
    go({ ...state, fixed: fix }, 'results');
    return true;
  };
  const failed = (fix: string) =>
    state ? (go({ ...state, failedFixes: [...state.failedFixes, fix] }, 'question'), true) : false;
  const defer = (fix: string) =>
    state
      ? (go({ ...state, deferred: [...(state.deferred ?? []), fix] }, 'question'), true)
      : false;
  // The response code is typed as itself: its answers outnumber the number keys.
  const codes =
    view?.id === SCREEN_CODE
      ? view.answers.map((a) => a.id).filter((c) => c !== NO_CODE)
      : undefined;
  const typedCode = useAgentKeys(agentMode, {
    codes,
    code: (c) => (view ? answer(view.id, c) : false),
    answer: (i) => {
      if (act) return i === 0 ? fixed(act.fix) : i === 1 ? failed(act.fix) : false;
      const a = view?.answers[i];
      return view && a ? answer(view.id, a.id) : false;
    },
    dontKnow: () => (view ? answer(view.id, DONT_KNOW) : false),
    back,
    results,
  });

  const code = agentMode && state ? caseCodeOf(catalogue, state) : undefined;
  if (!parsed || !diagnosis || !state || !next)
    return <NotFound message={t('unknownFamily', { family })} />;
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <div className="space-y-6">
        <IgnoredNotice items={parsed.ignored} />
        {act ? (
          <TryNow
            planned={act}
            agent={agentMode}
            onFixed={() => fixed(act.fix)}
            onFailed={() => failed(act.fix)}
            onKeepAsking={() => {
              setAskedOnAt(state.order.length);
              defer(act.fix);
            }}
          />
        ) : view ? (
          <QuestionCard
            view={view}
            number={state.order.length + 1}
            agent={agentMode}
            typedCode={codes ? typedCode : undefined}
            earlier={earlier}
            onAnswer={(a) => answer(view.id, a)}
          />
        ) : (
          next.done && (
            <StopPanel
              reason={next.reason}
              leading={diagnosis.causes[0]}
              callFirst={diagnosis.callAfter === 0}
              canContinue={Boolean(next.best)}
              onResults={results}
              onKeepAsking={() => setKeepAsking(true)}
            />
          )
        )}
        <div className="flex flex-wrap gap-2">
          <button type="button" className={buttonQuiet} onClick={back}>
            {t('back')}
          </button>
          {/* The stop panel has its own way to the results: one, not two alike. */}
          {(act || view) && (
            <button type="button" className={buttonQuiet} onClick={results}>
              {t('showResults')}
            </button>
          )}
        </div>
      </div>
      <aside className="space-y-4">
        {/* On a call the agent reads the case code out, or asks for it. */}
        {agentMode && code && (
          <section className={card} aria-label={t('caseCode')}>
            <CaseCodeView code={code} />
          </section>
        )}
        <LeadingCauses causes={diagnosis.causes} />
        <AnswersSoFar state={state} onChange={answer} />
      </aside>
    </div>
  );
}
