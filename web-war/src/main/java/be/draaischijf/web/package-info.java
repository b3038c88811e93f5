/**
 * The web module: PrimeFaces screens, the REST API under /api and health checks. It compiles
 * against the modules' *-api jars only; it holds no EntityManager and opens no transaction.
 */
package be.draaischijf.web;
