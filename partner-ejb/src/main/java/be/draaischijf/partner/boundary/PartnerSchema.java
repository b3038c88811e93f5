package be.draaischijf.partner.boundary;

import be.draaischijf.platform.ModuleSchema;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;

/** Migrates the partner module's schema at deployment (with demo data in demo mode). */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class PartnerSchema {

    @Resource(lookup = "java:app/jdbc/draaischijf")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        new ModuleSchema("partner", PartnerSchema.class.getClassLoader()).migrate(dataSource);
    }
}
