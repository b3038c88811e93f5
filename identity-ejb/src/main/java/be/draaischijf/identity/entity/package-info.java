/**
 * JPA entities of the identity module: accounts and their one-time links. They never leave the module; an
 * organisation is referred to by id only.
 */
package be.draaischijf.identity.entity;
