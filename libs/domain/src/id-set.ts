/**
 * A set of ids that only grows, as a customer's contact and survey ids do, kept immutable without copying: the
 * versions made by successive adds share one map from id to the order it was added in, and each version sees the
 * ids added up to its size. Adding to the newest version costs one map entry, where copying a Set cost every id
 * the customer ever had, on every contact. Adding to an older version (a branch, which folding a history never
 * makes) copies what that version sees first, so no version ever changes.
 */
export class IdSet implements Iterable<string> {
  static readonly empty = (): IdSet => new IdSet(new Map(), 0);

  readonly #orderById: Map<string, number>;
  readonly #size: number;

  private constructor(orderById: Map<string, number>, size: number) {
    this.#orderById = orderById;
    this.#size = size;
  }

  get size(): number {
    return this.#size;
  }

  has(id: string): boolean {
    const order = this.#orderById.get(id);
    return order !== undefined && order < this.#size;
  }

  /** This set with `id`; itself when `id` is in it already. */
  add(id: string): IdSet {
    if (this.has(id)) return this;
    const newest = this.#orderById.size === this.#size;
    const orderById = newest ? this.#orderById : new Map([...this].map((known, order): [string, number] => [known, order]));
    orderById.set(id, this.#size);
    return new IdSet(orderById, this.#size + 1);
  }

  *[Symbol.iterator](): Iterator<string> {
    for (const [id, order] of this.#orderById) {
      // Entries are in the order they were added: those of later versions all come after.
      if (order >= this.#size) return;
      yield id;
    }
  }
}
