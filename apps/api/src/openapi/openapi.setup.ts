import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

export const DOCS_PATH = 'docs';

/** The OpenAPI document at /docs/json and Swagger UI at /docs; both public, outside Nest's router and guard. */
export const setupOpenApi = (app: INestApplication): void => {
  const config = new DocumentBuilder()
    .setTitle('Concord API')
    .setDescription(
      'Event-sourced customer-relationship core. Every /v1 route needs a bearer JWT (HS256) whose `roles` ' +
        'allow it; admin may call every route. Errors answer `{ code, message }`.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  SwaggerModule.setup(DOCS_PATH, app, () => SwaggerModule.createDocument(app, config), {
    jsonDocumentUrl: `${DOCS_PATH}/json`,
  });
};
