/** The network module's beans: what the other modules and the web module call (through network-api). */
package be.draaischijf.network.boundary;
