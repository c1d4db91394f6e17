/**
 * Alias-bomb guard. js-yaml shares an anchored node between its aliases instead of copying it,
 * so parsing a "billion laughs" document is cheap, but anything that walks the value (schema
 * validation, the rules, JSON output) would expand it. This measures the expanded size without
 * expanding and applies go-yaml v2's rule (decode.go, CVE-2019-11253): once more than 1,000
 * nodes are decoded, at most 99% of them may come from aliases, falling to 10% at 4,000,000.
 */

/** Why a parsed value may not be used, in go-yaml's words, or `undefined` when it is fine. */
export function aliasProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const expanded = new Map<object, number>(); // container -> node count with aliases expanded
  const onStack = new Set<object>();
  let distinct = 0; // nodes if every container were written out once
  // Iterative post-order walk: a deep document must not overflow the stack here.
  const stack: Array<{ node: object; children: unknown[]; next: number; size: number }> = [];
  const enter = (node: object): string | undefined => {
    if (onStack.has(node)) return 'anchor value contains itself';
    onStack.add(node);
    const children = Array.isArray(node) ? node : Object.values(node);
    stack.push({ node, children, next: 0, size: 1 });
    distinct += 1;
    return undefined;
  };
  const problem = enter(value);
  if (problem) return problem;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next < top.children.length) {
      const child = top.children[top.next++];
      if (typeof child !== 'object' || child === null) {
        top.size += 1;
        distinct += 1;
        continue;
      }
      const known = expanded.get(child);
      if (known !== undefined) {
        top.size += known;
        continue;
      }
      const cycle = enter(child);
      if (cycle) return cycle;
      continue;
    }
    stack.pop();
    onStack.delete(top.node);
    expanded.set(top.node, top.size);
    if (stack.length > 0) stack[stack.length - 1].size += top.size;
    else return excessive(top.size, distinct) ? 'document contains excessive aliasing' : undefined;
  }
  return undefined;
}

function excessive(decoded: number, distinct: number): boolean {
  const fromAliases = decoded - distinct;
  if (fromAliases <= 100 || decoded <= 1000) return false;
  return fromAliases / decoded > allowedAliasRatio(decoded);
}

function allowedAliasRatio(decoded: number): number {
  const low = 400_000;
  const high = 4_000_000;
  if (decoded <= low) return 0.99;
  if (decoded >= high) return 0.1;
  return 0.99 - 0.89 * ((decoded - low) / (high - low));
}
