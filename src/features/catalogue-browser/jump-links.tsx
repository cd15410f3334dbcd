import { useT } from '../../i18n/use-t.ts';
import { buttonQuiet } from '../../ui/styles.ts';

/**
 * Links to each section of the browser. A jump opens the section it leads to and puts
 * the focus on its heading's button, so keyboard and screen-reader users land there too.
 */
export function JumpLinks({
  targets,
  onJump,
}: {
  targets: { id: string; label: string }[];
  onJump: (id: string) => void;
}) {
  const { t } = useT();
  if (targets.length < 2) return null;
  return (
    <nav aria-label={t('catalogueJump')} className="print:hidden">
      <ul className="flex flex-wrap gap-x-1">
        {targets.map(({ id, label }) => (
          <li key={id}>
            <a
              href={`#${id}`}
              className={buttonQuiet}
              onClick={(e) => {
                e.preventDefault();
                onJump(id);
              }}
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
