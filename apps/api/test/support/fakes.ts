import type { AuditedRead, AuditLog } from '../../src/infrastructure/audit-log.js';
import type { Clock } from '../../src/infrastructure/clock.js';

/** A clock tests set; it only moves when told to. */
export class FakeClock implements Clock {
  constructor(private current: string) {}

  now(): string {
    return this.current;
  }

  set(time: string): void {
    this.current = new Date(time).toISOString();
  }
}

export class RecordingAuditLog implements AuditLog {
  readonly reads: AuditedRead[] = [];

  recordRead(read: AuditedRead): void {
    this.reads.push(read);
  }
}
