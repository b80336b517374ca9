import { Injectable } from '@nestjs/common';

/** The system's notion of now, injected so tests can control it. Deciders never read a clock themselves. */
export abstract class Clock {
  /** Now as an ISO-8601 UTC instant with milliseconds. */
  abstract now(): string;
}

@Injectable()
export class SystemClock extends Clock {
  now(): string {
    return new Date().toISOString();
  }
}
