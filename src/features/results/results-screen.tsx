import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { toEvidence } from '../../case/case-evidence.ts';
import { escalationPacket } from '../../case/escalation-packet.ts';
import { useCaseRoute } from '../../case/use-case-route.ts';
import { causeTitle } from '../../case/question-view.ts';
import { paths } from '../../config/paths.ts';
import { OTHER_CAUSE } from '../../engine/types.ts';
import { useT } from '../../i18n/use-t.ts';
import { causeFixedBy, useRecordOutcome } from '../../store/record-outcome.ts';
import { useAppStore } from '../../store/store.ts';
import { useCatalogue } from '../../ui/catalogue-context.tsx';
import { IgnoredNotice } from '../../ui/ignored-notice.tsx';
import { NotFound } from '../../ui/not-found.tsx';
import { buttonQuiet, card } from '../../ui/styles.ts';
import { CallStep } from './call-step.tsx';
import { CauseItem } from './cause-item.tsx';
import { EscalationCard } from './escalation-card.tsx';
import { FixItem } from './fix-item.tsx';
import { KeepSelling } from './keep-selling.tsx';
import { LearnedNote } from './learned-note.tsx';
import { PacketIdentifiers } from './packet-identifiers.tsx';
import { SummaryCard } from './summary-card.tsx';

const SHOWN_CAUSES = 5;
const SHOWN_FIXES = 6;
/** "Other" is listed only when it is a real possibility. */
const OTHER_SHOWN_FROM = 0.05;

/** Ranked causes with reasons, the fix plan cheapest-first, and the escalation packet. */
export function ResultsScreen() {
  const { t, lang } = useT();
  const catalogue = useCatalogue();
  const { family, parsed, diagnosis, history, go } = useCaseRoute();
  const saved = useAppStore((s) => (parsed?.state.id ? s.cases[parsed.state.id] : undefined));
  const heading = useRef<HTMLHeadingElement>(null);
  const [openedAt] = useState(() => Date.now());
  const [noneFits, setNoneFits] = useState(false);
  const recordOutcome = useRecordOutcome();
  // After "still failing" or "solved" the button is gone: focus goes to what comes next.
  const [focusNext, setFocusNext] = useState<string>();
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (focusNext) document.getElementById(focusNext)?.focus();
  }, [focusNext, parsed?.state.failedFixes.length, parsed?.state.fixed]);
  if (!parsed || !diagnosis) return <NotFound message={t('unknownFamily', { family })} />;

  const { state } = parsed;
  const evidence = toEvidence(state, catalogue, history);
  const causes = diagnosis.causes
    .filter((c) =>
      c.id === OTHER_CAUSE ? c.probability >= OTHER_SHOWN_FROM : c.probability >= 0.01,
    )
    .slice(0, SHOWN_CAUSES);
  const fixes = diagnosis.fixes.slice(0, SHOWN_FIXES);
  const { callAfter } = diagnosis;
  // Every fix the catalogue has for the leading cause was tried: say so, and call.
  const leading = causes[0];
  const leadingFixes = catalogue.causes.find((c) => c.id === leading?.id)?.fixes ?? [];
  const leadingExhausted =
    leadingFixes.length > 0 && leadingFixes.every((f) => state.failedFixes.includes(f.fix));
  const fixed = state.fixed ? catalogue.fixes.find((f) => f.id === state.fixed) : undefined;
  const escalation = diagnosis.fixes
    .map((p) => catalogue.fixes.find((f) => f.id === p.fix)?.escalation)
    .find(Boolean);
  const ids = {
    merchantNo: saved?.merchantNo ?? '',
    terminalNo: saved?.terminalNo ?? '',
    serialNo: saved?.serialNo ?? '',
  };

  return (
    // On a desktop the causes stand beside the plan and the packet (the layout widens
    // for `data-wide`); on a phone and on paper, one column.
    <div
      data-wide
      className="space-y-8 lg:grid lg:grid-cols-2 lg:items-start lg:gap-8 lg:space-y-0 print:block print:space-y-8"
    >
      <div className="space-y-8">
        <IgnoredNotice items={parsed.ignored} />
        {/* Printed, the page is the summary and the hotline packet: one A4 sheet. */}
        <section aria-labelledby="results-heading" className="space-y-3 print:hidden">
          <h1
            id="results-heading"
            ref={heading}
            tabIndex={-1}
            className="text-2xl font-bold outline-none"
          >
            {t('resultsHeading')}
          </h1>
          <ol className="space-y-3">
            {causes.map((c, i) => (
              <CauseItem key={c.id} cause={c} evidence={evidence} open={i === 0} />
            ))}
          </ol>
          <LearnedNote history={history} causes={diagnosis.causes.map((c) => c.id)} />
          <button
            type="button"
            className={buttonQuiet}
            onClick={() => {
              setNoneFits(true);
              // An out-of-catalogue fault is an outcome too: no cause confirmed, no fix.
              if (state.id)
                recordOutcome({
                  caseId: state.id,
                  family: state.family,
                  cause: null,
                  fix: null,
                  questions: state.order.length,
                  catalogueVersion: catalogue.codeBook?.version,
                });
              document.getElementById('escalation-heading')?.focus();
            }}
          >
            {t('noneFits')}
          </button>
          {noneFits && <p role="status">{t('noneFitsNote')}</p>}
        </section>
      </div>
      <div className="space-y-8">
        {fixed ? (
          <section className={card} role="status">
            <p id="fixed-note" tabIndex={-1} className="outline-none">
              {t('fixedThanks', { fix: fixed.title[lang] })}
            </p>
            <button
              type="button"
              className={buttonQuiet}
              onClick={() => {
                setFocusNext('plan-heading');
                go({ ...state, fixed: undefined }, 'results');
              }}
            >
              {t('undoFixed')}
            </button>
          </section>
        ) : (
          <section aria-labelledby="plan-heading" className="space-y-3 print:hidden">
            <KeepSelling cause={causes[0]?.id} checkFirst={diagnosis.chargeCheckPending} />
            <h2 id="plan-heading" tabIndex={-1} className="text-xl font-bold outline-none">
              {t('planHeading')}
            </h2>
            {leadingExhausted && leading && (
              <p className="font-medium">
                {t('leadingFixesTried', { cause: causeTitle(catalogue, leading.id, lang, t) })}
              </p>
            )}
            {fixes.length === 0 && <p>{t('noFixes')}</p>}
            <ol className="space-y-3">
              {callAfter === 0 && fixes.length > 0 && <CallStep first />}
              {fixes.map((p, i) => [
                i > 0 && i === callAfter && <CallStep key="call" first={false} />,
                <FixItem
                  key={p.fix}
                  planned={p}
                  onFailed={() => {
                    setFocusNext('plan-heading');
                    go({ ...state, failedFixes: [...state.failedFixes, p.fix] }, 'results');
                  }}
                  onFixed={() => {
                    if (state.id)
                      recordOutcome({
                        caseId: state.id,
                        family: state.family,
                        cause: causeFixedBy(catalogue, diagnosis.causes, p.fix),
                        fix: p.fix,
                        questions: state.order.length,
                        catalogueVersion: catalogue.codeBook?.version,
                      });
                    setFocusNext('fixed-note');
                    go({ ...state, fixed: p.fix }, 'results');
                  }}
                />,
              ])}
            </ol>
          </section>
        )}
        {/* Solved: nobody needs to call. */}
        {!fixed && (
          <EscalationCard
            contact={escalation?.contact[lang] ?? t('escalationHeading')}
            lines={escalationPacket(
              catalogue,
              state,
              ids,
              diagnosis.causes,
              new Date(saved?.createdAt ?? openedAt),
              lang,
              t,
              noneFits,
              state.id ? t('typeBelow') : t('notGiven'),
              noneFits ? undefined : escalation?.packet,
            )}
          >
            {state.id && <PacketIdentifiers caseId={state.id} family={state.family} ids={ids} />}
          </EscalationCard>
        )}
        <SummaryCard
          state={state}
          ids={ids}
          causes={diagnosis.causes}
          when={new Date(saved?.createdAt ?? openedAt)}
          plan={{ fixes: diagnosis.fixes, callAfter }}
        />
        <div className="flex flex-wrap gap-2 print:hidden">
          <button type="button" className={buttonQuiet} onClick={() => go(state, 'question')}>
            {t('keepAsking')}
          </button>
          <Link to={paths.home} className={buttonQuiet}>
            {t('newCase')}
          </Link>
        </div>
      </div>
    </div>
  );
}
