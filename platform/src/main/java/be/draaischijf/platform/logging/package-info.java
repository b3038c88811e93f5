/**
 * Which request a log line belongs to (ADR 0053): {@link be.draaischijf.platform.logging.LogContext} holds the request's
 * id and, once something unforeseen happened, the error's id, for the thread that serves the request;
 * {@link be.draaischijf.platform.logging.LogFields} hands both to the server's log formatter with every line the
 * application writes, so that Payara's JSON format shows them as fields of their own. Depends on the JDK only.
 */
package be.draaischijf.platform.logging;
