/**
 * The web side of the training module that pages and the REST API share: abuse protection of the public
 * sign-ups (honeypot, per-address rate limit), the participant and subscriber exports (CSV, XLSX) and the
 * theme list.
 */
package be.draaischijf.web.training;
