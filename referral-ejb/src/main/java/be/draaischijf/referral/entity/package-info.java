/**
 * JPA entities of the referral module (cases about young people: minors' data). They never leave
 * the module; other modules' objects are referred to by id only.
 */
package be.draaischijf.referral.entity;
