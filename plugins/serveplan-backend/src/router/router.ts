/**
 * The HTTP API, typed and validated from src/schema/openapi.yaml. Routes only read the
 * caller's credentials, call a service and shape the answer; the services hold the logic.
 */
import express from 'express';
import Router from 'express-promise-router';
import { HttpAuthService } from '@backstage/backend-plugin-api';
import { createOpenApiRouter } from '../schema/openapi';
import { KnowledgeBaseService } from '../services/kb/KnowledgeBaseService';
import { IntentService } from '../services/intent/IntentService';
import { PlanService } from '../services/plan/PlanService';
import { ConversationService } from '../services/conversation/ConversationService';
import { EngineService } from '../services/engine/EngineService';
import { mapErrors, rejectNul } from './errors';

/** Largest request body accepted (measurement uploads are the biggest). */
export const BODY_LIMIT = '512kb';

/** A service's public methods (what the router uses; easy to mock). */
export type Public<T> = Pick<T, keyof T>;

export interface RouterOptions {
  httpAuth: HttpAuthService;
  knowledgeBase: Public<KnowledgeBaseService>;
  intent: Public<IntentService>;
  plans: Public<PlanService>;
  conversations: Public<ConversationService>;
  engine: Public<EngineService>;
  /** Check every response against the OpenAPI spec too (tests). */
  validateResponses?: boolean;
}

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, knowledgeBase, intent, plans, conversations, engine } =
    options;
  const api = await createOpenApiRouter({
    validatorOptions: options.validateResponses
      ? { validateResponses: true }
      : undefined,
  });

  api.post('/intent', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const { kb } = await knowledgeBase.current();
    res.json(await intent.extract(req.body.text, kb));
  });

  api.get('/conversations', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    res.json(
      await conversations.list({
        credentials,
        limit: req.query.limit ?? 50,
        offset: req.query.offset ?? 0,
      }),
    );
  });

  api.post('/conversations', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    res.status(201).json(await conversations.create(req.body, { credentials }));
  });

  api.get('/conversations/:conversationId', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    res.json(
      await conversations.get(req.params.conversationId, { credentials }),
    );
  });

  api.post('/conversations/:conversationId/messages', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    res.json(
      await conversations.postMessage(req.params.conversationId, req.body, {
        credentials,
      }),
    );
  });

  api.get('/plans', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    res.json(
      await plans.listPlans({
        credentials,
        limit: req.query.limit ?? 50,
        offset: req.query.offset ?? 0,
      }),
    );
  });

  api.post('/plans', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    res.status(201).json(await plans.createPlan(req.body, { credentials }));
  });

  api.get('/plans/:planId', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    res.json(await plans.getPlan(req.params.planId, { credentials }));
  });

  api.post('/predict', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(await engine.predict(req.body));
  });

  api.post('/sweeps/request-rate', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(await engine.sweepRequestRate(req.body));
  });

  api.post('/sweeps/input-length', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(await engine.sweepInputLength(req.body));
  });

  api.get('/kb', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const { kb, baseVersion, loadedAt, overrides } =
      await knowledgeBase.current();
    res.json({
      ...kb,
      base_version: baseVersion,
      loaded_at: loadedAt,
      price_overrides: overrides,
      measurements: await knowledgeBase.measurementCounts(),
    });
  });

  api.get('/kb/prices', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(await knowledgeBase.listPriceOverrides());
  });

  api.put('/kb/prices/:gpu', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    res.json(
      await knowledgeBase.setPriceOverride(req.params.gpu, req.body, {
        credentials,
      }),
    );
  });

  api.delete('/kb/prices/:gpu', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    res.json(
      await knowledgeBase.deletePriceOverride(req.params.gpu, { credentials }),
    );
  });

  api.get('/kb/measurements', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(
      await knowledgeBase.listMeasurements({
        model: req.query.model,
        gpu: req.query.gpu,
        origin: req.query.origin,
        limit: req.query.limit ?? 50,
        offset: req.query.offset ?? 0,
      }),
    );
  });

  api.post('/kb/measurements', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    res
      .status(201)
      .json(
        await knowledgeBase.addMeasurements(req.body.rows, { credentials }),
      );
  });

  api.delete('/kb/measurements/:measurementId', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    await knowledgeBase.deleteMeasurement(req.params.measurementId, {
      credentials,
    });
    res.status(204).end();
  });

  // The body is parsed here, before the validated router, so that an oversized or malformed
  // body gets its own 4xx (the validator would turn every error into a plain 400).
  const router = Router();
  router.use(express.json({ limit: BODY_LIMIT }));
  router.use(rejectNul());
  router.use(api);
  router.use(mapErrors());
  return router;
}
