package be.draaischijf.systemtests;

/** The EAR running somewhere the tests and people reach at one address: a single server, or a cluster behind nginx. */
public interface Deployment extends AutoCloseable {

    /** Where people (and the tests) reach it, without a trailing slash. */
    String baseUrl();

    @Override
    void close();
}
