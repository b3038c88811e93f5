/**
 * What the training pages and resources share: the registration guard (honeypot, per-address limit), the
 * participants' exports and the sectors and themes to choose from. Depends on the training module's API only.
 */
package be.draaischijf.web.training;
