package be.draaischijf.network.boundary;

import be.draaischijf.platform.ModuleSchema;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;

/** Migrates the network module's schema at deployment (with demo data in demo mode). */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class NetworkSchema {

    @Resource(lookup = "java:app/jdbc/draaischijf")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        new ModuleSchema("network", NetworkSchema.class.getClassLoader()).migrate(dataSource);
    }
}
