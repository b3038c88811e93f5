/**
 * Starts the EAR on a real Payara Server 6 from the zip Maven downloaded: for the README's run
 * command and for the black-box tests. Every listener and Hazelcast bind to 127.0.0.1.
 */
package be.draaischijf.systemtests;
