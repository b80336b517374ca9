import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ContactCustomerCommand } from '../dist/commands/contact-customer.handler.js';
import { RegisterCustomerCommand } from '../dist/commands/register-customer.handler.js';
import type { RequestContext } from '../dist/http/request-context.decorator.js';

const MANAGER: RequestContext = { actor: { id: 'rm-bench', role: 'relationship_manager' }, correlationId: 'bench' };

/** Registers `count` customers through the command bus, `concurrency` at a time; returns their ids. */
export const registerCustomers = async (app: INestApplication, count: number, concurrency = 64): Promise<string[]> => {
  const bus = app.get(CommandBus);
  const ids = Array.from({ length: count }, () => randomUUID());
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const customerId = ids[next++] as string;
      await bus.execute(
        new RegisterCustomerCommand(
          { customerId, kind: 'individual', name: 'Bench Customer', relationshipManagerId: 'rm-bench', channel: 'branch' },
          { ...MANAGER, correlationId: randomUUID() },
        ),
      );
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return ids;
};

/**
 * Durable commands/s through the whole command path without HTTP: CommandBus → handler → read the customer's
 * stream → decide → append (acknowledged only once fsynced). Each writer records contacts on its own customers,
 * one event per command, so writers never conflict.
 */
export const commandPathRate = async (
  app: INestApplication,
  customers: readonly string[],
  writers: number,
  seconds: number,
): Promise<number> => {
  const bus = app.get(CommandBus);
  const deadline = performance.now() + seconds * 1000;
  let completed = 0;
  const writer = async (index: number) => {
    for (let n = index; performance.now() < deadline; n += writers) {
      const customerId = customers[n % customers.length] as string;
      await bus.execute(
        new ContactCustomerCommand(
          customerId,
          { channel: 'phone', direction: 'outbound', purpose: 'follow_up', outcome: { status: 'reached' } },
          { ...MANAGER, correlationId: randomUUID() },
        ),
      );
      completed += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: writers }, (_, index) => writer(index)));
  return completed / ((performance.now() - started) / 1000);
};
