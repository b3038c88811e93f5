/** A professional's own pages under /mijn: only what they submitted. */
package be.draaischijf.web.pages.mijn;
