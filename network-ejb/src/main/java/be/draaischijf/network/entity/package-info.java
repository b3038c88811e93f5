/** The network module's stored records (its own tables, prefixed by nothing the other modules use). */
package be.draaischijf.network.entity;
