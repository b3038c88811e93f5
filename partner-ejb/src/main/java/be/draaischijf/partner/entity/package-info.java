/**
 * JPA entities of the partner module. They never leave the module: boundaries map them to the
 * records of {@code be.draaischijf.partner.api}. Other modules refer to organisations by id only.
 */
package be.draaischijf.partner.entity;
