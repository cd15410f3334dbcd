/**
 * Shown for the moment a screen, the catalogue or a language is still arriving. Both
 * languages, fixed: it must not wait for the very dictionary that is loading.
 */
export function Loading() {
  return (
    <p role="status" className="py-8 text-center">
      <span lang="zh-CN">正在加载…</span> <span lang="en">Loading…</span>
    </p>
  );
}
