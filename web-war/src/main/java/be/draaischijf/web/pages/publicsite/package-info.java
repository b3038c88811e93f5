/** Public pages anyone may see without logging in: partners, calendar. */
package be.draaischijf.web.pages.publicsite;
