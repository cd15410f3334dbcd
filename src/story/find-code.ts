/** Words that announce a code before it ("提示A0", "报97", "code 92") or after it ("96错误"). */
const CUE_BEFORE =
  /(码|代码|应答码|返回码|错误码|提示|报|显示|出现|弹出|跳出|跳|有个|带个|出个|出了个|出来个|来个|code|error|err)\s*$/;
const CUE_AFTER = /^\s*(错误|报错|错|的错误|号错误|代码|error)/;
/** What follows a number that is not a code: money, time, counts. */
const NOT_A_CODE =
  /^\s*(元|块|分|毛|角|秒|分钟|小时|点|号|个|次|位|%|岁|年|月|日|天|台|笔|张|多|万|千|百|格|几|来|yuan|rmb|min|sec|hour|day|year|%)/;
/** A code opening a quoted screen message: "“61 超出金额限制”". */
const OPENS_MESSAGE = /^(\s*$|\s*[\u3400-\u9fff]|\s+[a-z])/;

/**
 * The response code a story names, if any; of several, the last said (the screen as it
 * stands now: "先是55，后来75"). A two-character token counts when it is a
 * known code and either stands alone, has a letter (A0), is announced as a code, or
 * opens a clause as a screen message does; "刷了50块" and "等了30秒" are not codes.
 */
export function findCode(
  clauses: readonly string[],
  codes: ReadonlyMap<string, string[]>,
): string | undefined {
  const whole = clauses.join(' ').trim();
  let before = '';
  let found: string | undefined;
  for (const clause of clauses) {
    for (const m of clause.matchAll(/(?<![0-9a-z])([0-9a-z]{2})(?![0-9a-z])/g)) {
      const token = (m[1] ?? '').toUpperCase();
      if (!codes.has(token)) continue;
      const at = m.index ?? 0;
      // The cue may sit across a colon: "应答码：92".
      const lead = `${before} ${clause.slice(0, at)}`.slice(-8);
      const after = clause.slice(at + 2);
      if (NOT_A_CODE.test(after)) continue;
      if (
        whole.toUpperCase() === token ||
        /[A-Z]/.test(token) ||
        CUE_BEFORE.test(lead) ||
        CUE_AFTER.test(after) ||
        (at === 0 && OPENS_MESSAGE.test(after))
      )
        found = token;
    }
    before = clause;
  }
  return found;
}
