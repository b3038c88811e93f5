/** Logging in and out (/login, the header's logout button). */
package be.draaischijf.web.pages.login;
