/** JPA entities of the training module; they never leave the module. */
package be.draaischijf.training.entity;
