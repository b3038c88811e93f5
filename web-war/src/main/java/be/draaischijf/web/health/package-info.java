/**
 * What the application says about its own state, and how it answers while its database is away (ADR 0050): the
 * MicroProfile Health checks — started once every module migrated its tables; ready once the web module takes requests
 * and the database answers; live while the server answers, without the database — and the 503 with Retry-After for
 * pages (a filter and the error page) when the database cannot be reached. Depends on the platform's migration record
 * only.
 */
package be.draaischijf.web.health;
