/** MicroProfile Health checks: readiness depends on the database, liveness only reports it. */
package be.draaischijf.web.health;
