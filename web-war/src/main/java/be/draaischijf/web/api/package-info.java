/**
 * The REST API under /api: resources that only translate HTTP to a module API call, and RFC 9457
 * problem responses for everything that goes wrong (never a stack trace).
 */
package be.draaischijf.web.api;
