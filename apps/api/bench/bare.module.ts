import { Body, Controller, HttpCode, Module, Param, Post } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { Roles } from '../dist/auth/access.decorators.js';
import { AuthGuard } from '../dist/auth/auth.guard.js';
import { jwtSecretProvider } from '../dist/auth/jwt-secret.provider.js';
import type { ConcordConfig } from '@concord/config';
import { CONCORD_CONFIG } from '../dist/config/nest-config.js';
import { ContactCustomerDto } from '../dist/dto/contact-customer.dto.js';
import { CustomerParams } from '../dist/dto/params.dto.js';
import { ApiExceptionFilter } from '../dist/errors/api-exception.filter.js';
import { StrictValidationPipe } from '../dist/errors/validation.pipe.js';

/**
 * The limit for the HTTP benchmark: the same route, authentication, role check and DTO validation as the real
 * contact command, answering at once without touching the store.
 */
@Controller('v1/customers')
class BareContactsController {
  @Post(':id/contacts')
  @HttpCode(201)
  @Roles('relationship_manager')
  contact(@Param() { id }: CustomerParams, @Body() body: ContactCustomerDto): { customerId: string; channel: string } {
    return { customerId: id, channel: body.channel };
  }
}

@Module({})
export class BareModule {
  static forRoot(config: ConcordConfig) {
    return {
      module: BareModule,
      controllers: [BareContactsController],
      providers: [
        { provide: CONCORD_CONFIG, useValue: config },
        jwtSecretProvider,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useClass: StrictValidationPipe },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
      ],
    };
  }
}
