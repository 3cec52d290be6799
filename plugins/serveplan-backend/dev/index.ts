/**
 * A minimal backend for working on this plugin alone: `yarn start` in this folder, then e.g.
 *
 *   curl localhost:7007/api/serveplan/intent -H 'Content-Type: application/json' -d '{"text":"chatbot for 5k users"}'
 *   curl localhost:7007/api/serveplan/conversations -H 'Content-Type: application/json' -d '{"text":"chatbot for 5k users, p95 TTFT under 300 ms"}'
 *
 * Auth is mocked (every request is a user); the database is in-memory SQLite.
 */
import { createBackend } from '@backstage/backend-defaults';
import { mockServices } from '@backstage/backend-test-utils';

const backend = createBackend();
backend.add(mockServices.auth.factory());
backend.add(mockServices.httpAuth.factory());
backend.add(import('../src'));
backend.start();
