package be.draaischijf.platform.boundary;

import be.draaischijf.platform.ModuleSchema;
import be.draaischijf.platform.mail.Mailer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;

/**
 * The application's one datasource, configured by MicroProfile Config (defaults in the platform jar's
 * {@code META-INF/microprofile-config.properties}, overridden by environment variables), and the tables every
 * module shares (the mail outbox), migrated at deployment. The EAR starts this module first.
 * <p>
 * The pool (ADR 0050): a connection is checked before it is handed out ({@code draaischijf.db.pool.validation-method};
 * {@code custom-validation} uses {@code Connection.isValid}), and one that fails the check drops every pooled connection,
 * so that after a database restart the requests get new ones; a request
 * waits at most {@code draaischijf.db.pool.max-wait-millis} for a connection and a statement runs at most
 * {@code draaischijf.db.pool.statement-timeout-seconds}; a connection held longer than
 * {@code draaischijf.db.pool.leak-timeout-seconds} is logged with where it was taken. Payara expands
 * {@code ${MPCONFIG=key:default}} in these properties when it creates the pool; the default after the colon is the one in
 * microprofile-config.properties (keep them equal). The pool's minimum and maximum size and its idle time-out are the
 * annotation's numbers: Payara takes those only as constants (a deployment descriptor with {@code ${MPCONFIG=…}} in
 * them fails its XML validation), see ADR 0050.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/draaischijf",
        className = "${MPCONFIG=draaischijf.db.datasource-class}",
        url = "${MPCONFIG=draaischijf.db.url}",
        user = "${MPCONFIG=draaischijf.db.user}",
        password = "${MPCONFIG=draaischijf.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=${MPCONFIG=draaischijf.db.pool.validation:true}",
            "fish.payara.connection-validation-method=${MPCONFIG=draaischijf.db.pool.validation-method:auto-commit}",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=${MPCONFIG=draaischijf.db.pool.max-wait-millis:5000}",
            "fish.payara.statement-timeout-in-seconds=${MPCONFIG=draaischijf.db.pool.statement-timeout-seconds:120}",
            "fish.payara.connection-leak-timeout-in-seconds=${MPCONFIG=draaischijf.db.pool.leak-timeout-seconds:300}"})
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformSchema {

    @Resource(lookup = "java:app/jdbc/draaischijf")
    DataSource dataSource;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(PlatformSchema.class.getName());

    @PostConstruct
    void migrate() {
        new ModuleSchema("platform", PlatformSchema.class.getClassLoader()).migrate(dataSource, false);
        if (!be.draaischijf.platform.RunMode.isDemo() && !Mailer.Settings.fromConfig().configured()) {
            LOG.warning("No mail server configured (DRAAISCHIJF_MAIL_HOST): every mail waits in the outbox, and is tried"
                    + " again, until one is. Set it and restart.");
        }
    }
}
