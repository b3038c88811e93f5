/**
 * The web side of the training module that pages and the REST API share: abuse protection of the public
 * sign-ups (honeypot, per-address rate limit), the participant and subscriber exports (CSV, XLSX), the
 * theme list and how the pages word the module's refusals.
 */
package be.draaischijf.web.training;
