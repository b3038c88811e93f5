/** The administrators' pages under /beheer: users and reference lists. */
package be.draaischijf.web.pages.beheer;
