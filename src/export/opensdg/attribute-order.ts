/**
 * One order of attribute IDs that keeps the order of every row: the importer stores a row's attributes in the order
 * of its file's columns (a period note's TIME_DETAIL first, then UNIT_MULT, then the attribute columns), so writing
 * the columns in this order stores them in the same order again. Rows may hold a subset of the IDs (blank cells are
 * left out); IDs are placed as soon as every ID seen before them in some row is placed, ties going to `prefer`, then
 * to the first to appear.
 * @example attributeOrder([['B'], ['A', 'B'], ['A', 'C']]) // ['A', 'B', 'C']
 * @example attributeOrder([['UNIT_MULT'], ['TIME_DETAIL']], ['TIME_DETAIL']) // ['TIME_DETAIL', 'UNIT_MULT']
 */
export function attributeOrder(rows: Iterable<string[]>, prefer: string[] = []): string[] {
  const before = new Map<string, Set<string>>();
  for (const keys of rows) {
    for (let i = 0; i < keys.length; i++) {
      let set = before.get(keys[i]!);
      if (!set) before.set(keys[i]!, (set = new Set()));
      for (let j = 0; j < i; j++) set.add(keys[j]!);
    }
  }
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < before.size) {
    const ready = [...before].filter(([id, deps]) => !placed.has(id) && [...deps].every((d) => placed.has(d))).map(([id]) => id);
    const next = prefer.find((id) => ready.includes(id)) ?? ready[0] ?? [...before.keys()].find((id) => !placed.has(id))!;
    order.push(next);
    placed.add(next);
  }
  return order;
}
