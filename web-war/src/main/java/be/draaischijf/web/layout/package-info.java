/** Pieces every screen shares: the lazy table model and the messages a page adds. */
package be.draaischijf.web.layout;
