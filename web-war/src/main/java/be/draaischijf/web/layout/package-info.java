/**
 * Pieces every screen shares: the lazy table model, the messages a page adds (the module APIs' Dutch ones in
 * the page's language) and the message an AJAX request shows for an unexpected error.
 */
package be.draaischijf.web.layout;
