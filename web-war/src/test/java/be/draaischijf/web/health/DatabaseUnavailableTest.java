package be.draaischijf.web.health;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.servlet.ServletException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/**
 * Which failures mean "the database cannot be reached" (503 with Retry-After) and which stay unexpected errors (500 with
 * an id), as they arrive: wrapped by the EJB container, JPA, the server's pool and Faces.
 */
class DatabaseUnavailableTest {

    /** What the server's pool says when PostgreSQL refuses the connection (stopped, restarting). */
    private static SQLException refused() {
        ResourceAllocationException allocation = new ResourceAllocationException(
                "Error in allocating a connection. Cause: Connection could not be allocated");
        allocation.initCause(new SQLException("Connection to 127.0.0.1:5432 refused. Check that the hostname and port are"
                + " correct and that the postmaster is accepting TCP/IP connections.", "08001"));
        return new SQLException("Error in allocating a connection. Cause: Connection could not be allocated", allocation);
    }

    @Test
    void aRefusedConnectionAsTheEjbContainerAndJpaWrapItIsAnOutage() {
        Throwable failure = new EJBException(new PersistenceException("Unable to acquire JDBC Connection", refused()));

        assertThat(DatabaseUnavailable.isCauseOf(failure)).isTrue();
        assertThat(DatabaseUnavailable.find(failure)).get().isInstanceOf(ResourceAllocationException.class);
    }

    @Test
    void aPageThatFailedThroughFacesAndElIsAnOutageToo() {
        Throwable failure = new ServletException(new FacesException(new ELException(
                new EJBException(new PersistenceException(refused())))));

        assertThat(DatabaseUnavailable.isCauseOf(failure)).isTrue();
    }

    @Test
    void thePoolsMaximumWaitWithoutAFreeConnectionIsAnOutage() {
        class WaitTimeExpired extends ResourceAllocationException {
            WaitTimeExpired() {
                super("No available resource. Wait-time expired.");
            }
        }

        assertThat(DatabaseUnavailable.isCauseOf(new EJBException(new WaitTimeExpired()))).as("a subclass counts too")
                .isTrue();
    }

    @Test
    void aConnectionThatBrokeOrADatabaseShuttingDownIsAnOutage() {
        assertThat(DatabaseUnavailable.isCauseOf(new PersistenceException(
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new PersistenceException(
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new PersistenceException(
                new SQLException("the database system is starting up", "57P03")))).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("Connection is broken", "90067"))).as("H2").isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLTransientConnectionException("pool closed"))).isTrue();
    }

    @Test
    void hibernatesConnectionExceptionIsAnOutageWhateverTheDriverSaid() {
        Throwable failure = new EJBException(new PersistenceException(new org.hibernate.exception.JDBCConnectionException(
                "could not execute query", new SQLException("Connection reset"))));

        assertThat(DatabaseUnavailable.find(failure)).get()
                .isInstanceOf(org.hibernate.exception.JDBCConnectionException.class);
    }

    @Test
    void theNextExceptionOfABatchIsReadToo() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "08003", new int[0]);
        SQLException next = new SQLException("This connection has been closed.", "08003");
        batch.setNextException(next);
        SQLException outer = new SQLException("batch failed", (String) null);
        outer.setNextException(batch);

        assertThat(DatabaseUnavailable.find(new EJBException(new PersistenceException(outer)))).isPresent();
    }

    @Test
    void brokenQueriesSlowStatementsAndEverythingElseStayUnexpectedErrors() {
        assertThat(DatabaseUnavailable.isCauseOf(new EJBException(new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate key value", "23505"))))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new PersistenceException(
                new SQLTimeoutException("canceling statement due to statement timeout", "57014")))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new EJBException(new PersistenceException("disk full")))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("no state"))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new NullPointerException())).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(null)).isFalse();
    }

    @Test
    void aChainOfCausesThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(DatabaseUnavailable.isCauseOf(first)).isFalse();
    }

    @Test
    void withoutConfigurationClientsAreToldToTryAgainAfterFiveSeconds() {
        assertThat(DatabaseUnavailable.retryAfterSeconds()).isEqualTo(5);
    }
}
