/** The network module's inner workings, used by its boundary only. */
package be.draaischijf.network.control;
