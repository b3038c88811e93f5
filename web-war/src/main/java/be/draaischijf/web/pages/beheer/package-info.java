/**
 * The administrators' pages under /beheer: users, reference lists, contact points, security and the audit check, and the
 * retention periods (issue 16).
 */
package be.draaischijf.web.pages.beheer;
