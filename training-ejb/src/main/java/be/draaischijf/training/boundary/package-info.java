/** The training module's EJBs: they implement {@code be.draaischijf.training.api} and own the transactions. */
package be.draaischijf.training.boundary;
