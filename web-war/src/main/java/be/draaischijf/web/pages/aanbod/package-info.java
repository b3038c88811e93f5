/** The public offer directory: /aanbod (search with shareable filters) and /aanbod/{id}. */
package be.draaischijf.web.pages.aanbod;
