/**
 * Per caller, in this process: the primary's WAL position after their last write, and how many of
 * their writes are still running. A caller's read must not go to a replica that has not replayed
 * that far. Kept for ttlMs after the write: by then any replica worth reading from has it.
 *
 * One API process only. Behind a load balancer with several, a caller's next request may reach a
 * process that never saw the write: the position also goes back in the response header
 * Samverkan-Read-After, and a client that echoes it gets the same guarantee from any process.
 */
export class CallerPositions {
  private readonly positions = new Map<string, { position: bigint; expiresAt: number }>();
  private readonly writing = new Map<string, number>();

  constructor(
    private readonly ttlMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** A write by caller begins; call the returned function once when it has ended. */
  beginWrite(caller: string): () => void {
    this.writing.set(caller, (this.writing.get(caller) ?? 0) + 1);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      const left = (this.writing.get(caller) ?? 1) - 1;
      if (left > 0) this.writing.set(caller, left);
      else this.writing.delete(caller);
    };
  }

  isWriting(caller: string): boolean {
    return this.writing.has(caller);
  }

  /** The primary was at position after caller's write; an earlier position never replaces a later one. */
  note(caller: string, position: bigint): void {
    const kept = this.positionOf(caller);
    const expiresAt = this.now() + this.ttlMs;
    this.positions.set(caller, {
      position: kept !== undefined && kept > position ? kept : position,
      expiresAt,
    });
    if (this.positions.size > 10_000) this.forgetExpired();
  }

  /** The position caller's reads must wait for, if any. */
  positionOf(caller: string): bigint | undefined {
    const entry = this.positions.get(caller);
    if (entry === undefined) return undefined;
    if (entry.expiresAt > this.now()) return entry.position;
    this.positions.delete(caller);
    return undefined;
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [caller, entry] of this.positions) if (entry.expiresAt <= now) this.positions.delete(caller);
  }
}
